// Gracious rewrites offered as quick fixes for negative-tone findings. A sentence that a pattern recognises gets
// that pattern's rewrite; any other flagged sentence gets the rewrite for its strongest kind of cue; a sentence
// flagged by the model alone or by a user's phrase gets none (only "Remove this sentence").
// Patterns match the lower-cased sentence with straight apostrophes, as the tone cues do. Blanks in square
// brackets are template slots: placeholder-unfilled flags them until the writer fills them in.
import type { ToneCategory } from './tone';

export interface Rewrite {
  readonly rewrite: string;
  /** Why this rewrite answers the sentence: what the guidance asks instead. */
  readonly note: string;
  /** A flagged sentence this entry rewrites; the tests check that it is flagged and that the rewrite is not. */
  readonly example: string;
}

export interface PatternRewrite extends Rewrite {
  readonly pattern: string;
}

/** Recognisable sentences, most specific first: the first pattern that matches wins. */
export const PATTERN_REWRITES: readonly PatternRewrite[] = [
  {
    pattern: "\\b(?:reconsider|revisit|re-?evaluate|overturn|reverse|appeal|another\\s+chance|second\\s+chance|change\\s+your\\s+mind)",
    rewrite: 'I accept your decision, and I would be glad to be considered for future openings.',
    note: 'Asking to change the decision: accept it and ask to be kept in mind instead.',
    example: 'I would like you to reconsider my application.',
  },
  {
    pattern: "\\bwast(?:e|ed|ing)\\s+(?:of\\s+)?(?:my|our|everyone's)?\\s*time\\b",
    rewrite: 'Thank you for the time you gave my application.',
    note: 'Accusing the employer of wasting time: thank them for the time they did give.',
    example: 'Frankly the whole thing was a waste of my time.',
  },
  {
    pattern: "\\b(?:late|rushed|interrupted\\s+me|cut\\s+me\\s+off|kept\\s+(?:me|us)\\s+waiting)\\b",
    rewrite: 'Thank you for fitting my interview into what I know was a busy week.',
    note: 'Complaining about how the interview was run: acknowledge the busy schedule instead.',
    example: 'Your interviewer showed up twenty minutes late and rushed me through the case.',
  },
  {
    pattern: "\\b(?:ghost(?:ed|ing)|never\\s+(?:heard|replied|responded|got\\s+back)|(?:nobody|no\\s+one)\\s+(?:replied|responded|got\\s+back))\\b",
    rewrite: 'Thank you for letting me know the outcome.',
    note: 'Complaining about silence: thank them for the answer that did come.',
    example: 'I was ghosted for three weeks before this email.',
  },
  {
    pattern: "\\b(?:read|open|opened|look\\s+at|looked\\s+at|review|reviewed)\\s+(?:my\\s+)?(?:cv|resume|résumé|portfolio|application|file|submission)\\b",
    rewrite: 'I would be glad to share more of my work if it would help with future openings.',
    note: 'Saying the application was not read: offer to share more instead.',
    example: 'Kinda feels like nobody even opened my portfolio.',
  },
  {
    pattern: "\\b(?:unfair|biased|rigged|disorgani[sz]ed|unprofessional|a\\s+joke|a\\s+sham|ridiculous|chaotic)\\b",
    rewrite: 'Thank you for the time everyone put into the process.',
    note: 'Condemning the process: thank the people who ran it.',
    example: 'Honestly the whole process felt unfair and disorganised.',
  },
  {
    pattern: "\\b(?:turned\\s+down|told\\s+my\\s+(?:current\\s+)?(?:manager|boss|employer|team)|led\\s+me\\s+to\\s+believe)\\b",
    rewrite: 'I enjoyed getting to know the team and hope our paths cross again.',
    note: 'Making the reader answer for the writer\'s choices: look ahead instead.',
    example: 'I turned down another offer because of how your recruiter described this role.',
  },
  {
    pattern: "\\b(?:need(?:ed)?\\s+this\\s+(?:job|role|position)|desperate(?:ly)?|bills|rent|what\\s+i'll\\s+do|what\\s+i\\s+will\\s+do)\\b",
    rewrite: 'Thank you again for considering me.',
    note: 'Personal pressure on the reader: keep it out and thank them instead.',
    example: "I really don't know what I'll do if something doesn't come through soon.",
  },
  {
    pattern: "\\b(?:was|were|is|are)\\s+(?:actually\\s+|in\\s+fact\\s+|entirely\\s+|completely\\s+|perfectly\\s+)?(?:correct|right|accurate|valid)\\b|\\b(?:did\\s+not|didn't)\\s+(?:accurately\\s+|fully\\s+|fairly\\s+)?reflect\\b",
    rewrite: 'Could you tell me how my answer to the [interview question] could have been stronger?',
    note: 'Defending an answer: ask how it could have been stronger.',
    example: 'To be clear, my solution to the caching exercise was correct.',
  },
  {
    pattern: "\\b(?:thanks?,?\\s+i\\s+guess|thanks?\\s+(?:a\\s+lot\\s+)?for\\s+nothing)\\b",
    rewrite: 'Thank you for letting me know.',
    note: 'Sarcastic thanks: say it plainly.',
    example: 'Well, thanks, I guess.',
  },
  {
    pattern: "\\b(?:congrat(?:s|ulations)\\s+on\\s+(?:finding|hiring|choosing)|good\\s+luck\\s+with|worth\\s+the\\s+wait|i'm\\s+sure\\s+the)\\b",
    rewrite: 'I wish you and your new colleague every success.',
    note: 'A backhanded wish: make it a sincere one.',
    example: 'Congrats on finding someone who will work for less.',
  },
  {
    pattern: "\\b(?:experience|years)\\b[^.]*\\b(?:doesn't|does\\s+not|don't|didn't)\\s+(?:count|matter)\\b",
    rewrite: 'Could you tell me what experience would have made me a stronger candidate?',
    note: 'Resentment about experience: ask what would have made the difference.',
    example: "I guess experience doesn't count for much these days.",
  },
  {
    pattern: "\\bfor\\s+(?:future|other|the\\s+next)\\s+candidates\\b|\\bi\\s+would\\s+suggest\\s+being\\b",
    rewrite: 'Thank you for the time you and the team gave me.',
    note: 'Advising the employer on their process: thank them instead.',
    example: 'For future candidates, I would suggest being upfront about the travel.',
  },
  {
    pattern: "\\bhow\\s+(?:was|am|is)\\s+(?:i|anyone)\\s+supposed\\s+to\\s+know\\b",
    rewrite: 'Could you tell me how I could have prepared better for [part of the process]?',
    note: 'A rhetorical question: turn it into a sincere, specific one.',
    example: 'How was I supposed to know the role was mostly sales?',
  },
];

/** A rewrite per kind of cue, for flagged sentences no pattern above recognises. */
export const CATEGORY_REWRITES: Readonly<Record<ToneCategory, Rewrite>> = {
  appeal: {
    rewrite: 'I accept your decision, and I would be glad to be considered for future openings.',
    note: 'Asking for the decision to be changed: accept it and look ahead.',
    example: 'Could the panel assess my scores again?',
  },
  blame: {
    rewrite: 'Thank you for the time you and the team gave me.',
    note: 'Blaming the employer or the process: thank them for their time instead.',
    example: 'It was only in the final interview that I learned the role was a contract.',
  },
  defensive: {
    rewrite: 'I appreciate the care the panel took with my application, and I would value any thoughts on how I could be stronger.',
    note: 'Arguing with the decision: ask how the answer could have been stronger.',
    example: 'With all due respect, I stand by my answer on the pricing question.',
  },
  sarcasm: {
    rewrite: 'I wish you and the team every success.',
    note: 'Sarcasm: say something warm and plain instead.',
    example: 'Must be nice to have such a large pool of applicants.',
  },
  pressure: {
    rewrite: 'I enjoyed getting to know the team and hope our paths cross again.',
    note: 'Guilt or pressure on the reader: look ahead instead.',
    example: "I've applied four times now and I'm starting to feel I'll never be given a real chance.",
  },
  rhetorical: {
    rewrite: 'Could you tell me how I could have prepared better for [part of the process]?',
    note: 'A rhetorical question: ask a sincere, specific one.',
    example: 'What more could I have done?',
  },
};

const patterns = PATTERN_REWRITES.map((entry) => ({ entry, re: new RegExp(entry.pattern) }));

/** The rewrite for a flagged sentence (`normalised` as the tone cues read it), given the kinds of cue it shows. */
export function rewriteFor(normalised: string, categories: readonly ToneCategory[]): string | undefined {
  return patterns.find(({ re }) => re.test(normalised))?.entry.rewrite ?? (categories.length ? CATEGORY_REWRITES[categories[0]].rewrite : undefined);
}
