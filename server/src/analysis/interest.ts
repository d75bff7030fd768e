// Sentences that keep the door open: continued interest in the employer or future openings.
import { CueSet, normaliseSentence } from '../core/cues';
import type { Sentence } from '../core/draft';
import { INTEREST_CUES, NOT_INTEREST } from '../rules/data/interest';

const interestCues = new CueSet(INTEREST_CUES);
const notInterest = new CueSet(NOT_INTEREST);

export function expressesInterest(sentence: Sentence): boolean {
  const text = normaliseSentence(sentence.text);
  return interestCues.test(text) && !notInterest.test(text);
}
