// Sentences that sincerely thank or appreciate the reader.
import { CueSet } from '../core/cues';
import type { Sentence } from '../core/draft';
import { GRATITUDE_CUES, NOT_GRATITUDE, SIGN_OFF_WORDS } from '../rules/data/gratitude';

const gratitudeCues = new CueSet(GRATITUDE_CUES);
const notGratitude = new CueSet(NOT_GRATITUDE);
// "Thank Maria for the tour", "Thanks again to your sous chef Marco", "I'm grateful to my accompanist": thanks whose
// object is a third party.
const THANKS_TO_SOMEONE_ELSE = /\b(?:[Tt]hank|[Tt]hanks(?:\s+again)?\s+to)\s+(?:your\s+(?:[a-z-]+\s+){1,3})?(?!you\b|u\b|y'all\b|everyone\s+(?:at|on)\s+your)(?:[A-Z][\p{L}'-]+|him|her|them|everyone|everybody)\b|\b[Tt]ell\s+(?:[A-Z][\p{L}'-]+|him|her|them|the\s+\w+)\s+(?:[Tt]hanks|[Tt]hank\s+you)\b|\b(?:[Gg]rateful|[Tt]hankful|[Tt]hanks|[Gg]ratitude)\s+(?:again\s+)?to\s+(?:my|our|(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)/u;

/** A sentence made only of sign-off words ("Thanks,", "Many thanks!"). */
function isSignOff(text: string): boolean {
  const words = text.split(/[\s,.!]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SIGN_OFF_WORDS.has(w));
}

// Clauses of one sentence: "Thanks for the tasting, and please thank Chef Ama" and "thanks for your time and thanks
// in advance for any tips" thank the reader in their first.
const CLAUSE_BREAK = /[;,]\s*(?:and\s+|but\s+|also\s+)?|\s+and\s+(?=please\b|also\b|thanks?\b)/;

function clauseThanks(clause: string, original: string): boolean {
  if (!gratitudeCues.test(clause) || notGratitude.test(clause)) return false;
  // "you" inside "tell Marco thank you" is Marco, not the reader.
  return !(THANKS_TO_SOMEONE_ELSE.test(original) && !/\byou\b/i.test(original.replace(/\bthank\s+you\b/gi, '')));
}

/** `text` is the sentence normalised (lower case, straight quotes); `sentence.text` keeps capitals for names. */
export function isGratitude(sentence: Sentence, text: string, isNegative: boolean): boolean {
  if (isNegative || !gratitudeCues.test(text) || isSignOff(text)) return false;
  if (clauseThanks(text, sentence.text)) return true;
  const clauses = text.split(CLAUSE_BREAK);
  const originals = sentence.text.split(CLAUSE_BREAK);
  return clauses.length > 1 && clauses.some((c, i) => clauseThanks(c, originals[i] ?? c));
}
