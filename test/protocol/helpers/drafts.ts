// Draft texts shared by the protocol tests, with the findings each one is known to produce.

/** A generic greeting (line 0), an unfilled placeholder (line 2, characters 41–51) and no feedback request. */
export const DRAFT_WITH_PLACEHOLDER = [
  'Dear Hiring Manager,',
  '',
  'Thank you for the interview for the role [Position] at Acme. I remain interested in future openings.',
  '',
  'Best,',
  'Sam',
  '',
].join('\n');

export const PLACEHOLDER = '[Position]';

/** Not an email: a project README, which the server leaves alone. */
export const README = '# Project\n\nSome notes about the build.\n';

/** A named greeting and no thanks: gratitude-missing at the salutation (line 0, 0–15), with an insert fix at 0:15. */
export const DRAFT_WITHOUT_THANKS = [
  'Dear Ms. Patel,',
  '',
  'I was sorry to hear the news about the [Position] role. Could you share what I could improve in the technical interview? I remain interested in future openings.',
  '',
  'Best,',
  'Sam',
  '',
].join('\n');
