// Sentences that keep the door open: continued interest in the employer or future openings.
import { CueSet } from '../core/cues';
import { FUTURE_OPENING, INTEREST_CUES, NOT_INTEREST, NOT_READY, WRITER_READY } from '../rules/data/interest';
import { offersFeedback } from './feedback';

const interestCues = new CueSet(INTEREST_CUES);
const notInterest = new CueSet(NOT_INTEREST);
const futureOpening = new CueSet(FUTURE_OPENING);
const writerReady = new CueSet(WRITER_READY);
const notReady = new CueSet(NOT_READY);

/** A future opening and the writer's readiness for it, in one sentence that is not asking for feedback. */
function opensDoor(text: string): boolean {
  return futureOpening.test(text) && writerReady.test(text) && !notReady.test(text);
}

/** `text` is a normalised sentence (lower case, straight quotes). */
export function expressesInterest(text: string): boolean {
  // "I'm happy to share a few observations if useful for future finalists" offers help, not the writer's return.
  return (interestCues.test(text) || opensDoor(text)) && !notInterest.test(text) && !offersFeedback(text);
}
