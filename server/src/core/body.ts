// The letter's body: the author's prose less headings and the header lines an email draft may open with
// (Subject:, To:, …), which are the author's text but not the letter.
import type { Draft, Sentence } from './draft';
import { lineOf } from './lines';

const HEADER_LINE = /^\s*(?:subject|re|to|from|cc|bcc|date|sent)\s*:/i;

export function isHeaderLine(text: string): boolean {
  return HEADER_LINE.test(text);
}

export function bodySentences(draft: Draft): Sentence[] {
  const lines = draft.sentences.map((s) => lineOf(draft.lineStarts, s.start));
  const headerLines = new Set(lines.filter((_line, i) => isHeaderLine(draft.sentences[i].text)));
  return draft.sentences.filter((s, i) => draft.blocks[s.block].kind !== 'heading' && !headerLines.has(lines[i]));
}
