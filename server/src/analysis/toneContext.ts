// When a sentence is ungracious: on its own, or beside a sentence that is. Checking (facts.ts) and training's
// choice of thresholds (scripts/train-tone.ts) both decide with these, so a chosen threshold means the same in both.

export interface ToneThresholds {
  /** The model's probability at or above which a sentence is ungracious on its own. */
  readonly threshold: number;
  /** The lower probability at or above which a sentence is ungracious beside one that is so on its own. */
  readonly contextThreshold: number;
}

/** Ungracious on its own: the cue lists' verdict, or the model's probability at or above the threshold. */
export function negativeAlone(byCues: boolean, probability: number, thresholds: ToneThresholds): boolean {
  return byCues || probability >= thresholds.threshold;
}

/**
 * Ungracious beside a neighbour that is so on its own: the set-up of a sting reads as part of it ("I see the role
 * went to the director's former colleague." before "I'm sure that was a coincidence."). Only a sentence the model
 * already leans on counts, so a plain thank-you beside a bitter line stays a thank-you.
 */
export function negativeBeside(probability: number, neighbourNegative: boolean, thresholds: ToneThresholds): boolean {
  return neighbourNegative && probability >= thresholds.contextThreshold;
}
