import type { Sentence } from '../core/draft';
import type { Fix } from '../core/types';
import type { Rule } from './types';

/**
 * Narrowings the writer can choose from. Each is inserted before the request's closing punctuation, so the
 * request keeps its words; each names an area, and its blanks are slots that placeholder-unfilled flags until filled.
 */
const NARROWINGS: readonly string[] = [
  ', particularly on my answer to the [interview question] in the [interview round]',
  ', particularly on how I could have better demonstrated [skill or competency]',
  ', particularly on my [exercise or presentation]',
];

// The request's closing punctuation and quotes; empty when it has none.
const CLOSING = /(?:[.!?…:;,]+["'”’)\]]*)?$/;

function narrowings(sentence: Sentence): Fix[] {
  const at = sentence.start + CLOSING.exec(sentence.text)!.index;
  return NARROWINGS.map((text) => ({ title: `Name an area: "…${text}"`, safe: false, edits: [{ span: { start: at, end: at }, text }] }));
}

export const feedbackVague: Rule = {
  id: 'feedback-vague',
  description: 'The feedback request names no concrete area (skill, competency, interview stage, task or piece of work).',
  defaultSeverity: 'warning',
  guidance: 'A specific request is easier to answer and shows you are reflecting: ask about a skill, a competency, an interview round, an exercise or an answer, not just "any feedback".',
  example: 'I would value your thoughts on my case-study presentation, particularly the pricing assumptions.',
  check(_draft, { facts }, report) {
    const requests = facts.feedbackRequests;
    if (requests.length === 0 || requests.some((r) => r.specific)) return;
    const { sentence } = requests[0];
    report({
      span: sentence,
      message: 'This feedback request names no concrete area. The guidance: ask about a specific skill, competency, interview stage, exercise or answer.',
      fixes: narrowings(sentence),
    });
  },
};
