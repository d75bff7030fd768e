// Sentences that keep the door open: continued interest in the employer or future openings.
import { CueSet } from '../core/cues';
import { INTEREST_CUES, NOT_INTEREST } from '../rules/data/interest';

const interestCues = new CueSet(INTEREST_CUES);
const notInterest = new CueSet(NOT_INTEREST);

/** `text` is a normalised sentence (lower case, straight quotes). */
export function expressesInterest(text: string): boolean {
  return interestCues.test(text) && !notInterest.test(text);
}
