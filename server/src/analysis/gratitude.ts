// Sentences that sincerely thank or appreciate the reader.
import { CueSet } from '../core/cues';
import type { Draft, Sentence } from '../core/draft';
import { GRATITUDE_CUES, NOT_GRATITUDE, SIGN_OFF_FORMULA } from '../rules/data/gratitude';

const gratitudeCues = new CueSet(GRATITUDE_CUES);
const notGratitude = new CueSet(NOT_GRATITUDE);
// "Thank Maria for the tour": thanks whose object is a named third party, not the reader.
const THANKS_TO_SOMEONE_ELSE = /\b(?:thank|thanks\s+to)\s+(?!you\b|u\b|y'all\b|everyone\s+(?:at|on)\s+your)(?:[A-Z][\p{L}'-]+|him|her|them|everyone|everybody)\b/u;

/** `text` is the sentence normalised (lower case, straight quotes); `sentence.text` keeps capitals for names. */
export function isGratitude(sentence: Sentence, text: string, isNegative: boolean): boolean {
  if (!gratitudeCues.test(text) || isNegative) return false;
  if (SIGN_OFF_FORMULA.test(text)) return false;
  if (notGratitude.test(text)) return false;
  if (THANKS_TO_SOMEONE_ELSE.test(sentence.text) && !/\byou\b/i.test(sentence.text)) return false;
  return true;
}

/** The body's sentences: headings (a subject line) are the author's but a heading's thanks is no letter's thanks. */
export function bodySentences(draft: Draft): Sentence[] {
  return draft.sentences.filter((s) => draft.blocks[s.block].kind !== 'heading' && !/^\s*(?:subject|re)\s*:/i.test(s.text));
}
