import type { Rule } from './types';

export const feedbackMissing: Rule = {
  id: 'feedback-missing',
  description: 'The draft does not ask for feedback on the candidacy.',
  defaultSeverity: 'information',
  guidance: 'Ask for feedback, and make the request specific: name a skill, a competency, an interview stage or a piece of work.',
  example: 'Could you tell me how my answer on budget allocation in the final round compared with what you were looking for?',
  check(draft, { facts }, report) {
    if (draft.sentences.length === 0 || facts.feedbackRequests.length > 0) return;
    report({
      span: facts.anchor,
      message: 'No request for feedback found. The guidance: ask what you could improve, naming a concrete area (a skill, an interview stage, an exercise).',
    });
  },
};
