import { expressesInterest } from '../analysis/interest';
import type { Rule } from './types';

export const interestMissing: Rule = {
  id: 'interest-missing',
  description: 'The draft states no continued interest in the company or future openings.',
  defaultSeverity: 'information',
  guidance: 'Reiterate your interest in the company and ask to be considered for future openings.',
  example: 'I remain very interested in Fernhill and would be glad to be considered for future design roles.',
  check(draft, { facts }, report) {
    if (draft.sentences.length === 0 || facts.body.some((s) => expressesInterest(facts.normalised(s)))) return;
    report({
      span: facts.anchor,
      message: 'No statement of continued interest found. The guidance: say you remain interested and ask to be considered for future openings.',
    });
  },
};
