// Sentence boundaries inside one block of prose.
//
// Intl.Segmenter was measured and not used: it splits after "Ms." and "Dr." (every salutation has one) and
// costs about 50 ms per MB of paragraphs, more than the whole parse. Emails need few rules: a sentence ends at
// . ! ? (plus closing quotes or brackets) before white space, unless the word is a known abbreviation; and a
// line break ends one after a line that closes with punctuation or is a short line (salutation, signature).
import type { Span } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'jr', 'sr', 'sgt', 'capt', 'lt', 'col', 'gen', 'rev', 'hon',
  'e.g', 'i.e', 'etc', 'vs', 'no', 'approx', 'dept', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'p.s', 'a.m', 'p.m', 'u.s', 'u.k', 'ph.d', 'm.s',
  'b.s', 'b.a', 'm.a', 'fig', 'ext', 'tel',
]);

const SHORT_LINE_WORDS = 6;
// No email sentence is this long; text that runs on without a full stop (a pasted log, a 1 MB line) is cut here,
// at white space, so that the per-sentence checks stay linear in the length of the draft.
export const MAX_SENTENCE_LENGTH = 1000;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

function isClosing(ch: string): boolean {
  return ch === '"' || ch === "'" || ch === ')' || ch === ']' || ch === '”' || ch === '’' || ch === '»' || ch === '*' || ch === '_';
}

// Characters that open a quotation or a bracket before a word: 'addressed to "Mr. Harlan"' still has "mr" before its dot.
const OPENERS = new Set(['(', '[', '"', '“', '‘', "'"]);

/** The word before a full stop at `dot`, lower-cased, with inner dots kept ("e.g", "Ph.D"). */
function wordBefore(text: string, dot: number, from: number): string {
  let i = dot;
  while (i > from && !isSpace(text.charCodeAt(i - 1)) && !OPENERS.has(text[i - 1])) i--;
  return text.slice(i, dot).toLowerCase();
}

function endsSentenceAtLineBreak(line: string): boolean {
  const trimmed = line.trimEnd();
  if (trimmed === '') return true;
  if (/[.!?:,;)\]"”]$/.test(trimmed)) return true;
  return trimmed.split(/\s+/).length <= SHORT_LINE_WORDS;
}

/**
 * Splits `text.slice(start, end)` into sentences and returns their spans, trimmed of white space.
 * `text` is the masked prose (non-prose already blanked), so offsets are the draft's own.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let lineStart = start;
  const push = (to: number): void => {
    let s = sentenceStart;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    sentenceStart = to;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (i - sentenceStart >= MAX_SENTENCE_LENGTH && isSpace(text.charCodeAt(i))) {
      push(i);
      continue;
    }
    if (i - sentenceStart >= 2 * MAX_SENTENCE_LENGTH) {
      // Not even white space to cut at (a run of one character): cut where we are.
      push(i);
    }
    if (ch === '\n') {
      if (endsSentenceAtLineBreak(text.slice(lineStart, i))) push(i);
      lineStart = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      const limit = Math.min(end, sentenceStart + 2 * MAX_SENTENCE_LENGTH);
      while (j < limit && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
      while (j < limit && isClosing(text[j])) j++;
      if (j < end && j < limit && !isSpace(text.charCodeAt(j))) continue;
      if (ch === '.' && j === i + 1 && ABBREVIATIONS.has(wordBefore(text, i, sentenceStart))) continue;
      push(j);
      i = j - 1;
    }
  }
  push(end);
  return spans;
}
