// Leftover template slots in the author's prose: [Hiring Manager], <Company>, {{role}}, XXX, [insert skill].
// Links, reference links, footnotes and task boxes never reach here: the prose view has already blanked their
// brackets, so a bracket pair still standing in the prose is text the author typed.
import type { Draft } from './draft';
import type { Span } from './types';

export interface Placeholder extends Span {
  readonly text: string;
}

// The pattern each slot syntax is found by; every one is linear (no nested quantifiers) and bounded in length.
// `[text][ref]` with no definition is a reference link the author meant, not a slot.
const BRACKETED = /(?<![\]\p{L}])\[([^\[\]\n]{1,60})\](?!\[)/gu;
const BRACED = /\{\{?\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}\}\}?/gu;
const ANGLED = /<[\p{L}_][^<>\n]{0,60}>/gu;
const FILLER = /(?<![\p{L}\p{N}])(?:X{2,}|TBD|TK)(?![\p{L}\p{N}])/gu;

// Bracketed text that is not a slot: editorial marks and citation numbers.
const NOT_A_SLOT = /^(?:sic|sic\.|\d+|[ xX]|\.\.\.|…|!|\?|\^.*)$/;
// A single lower-case word in brackets is a stage direction ("[laughs]") unless it names what a slot holds.
const ONE_LOWER_WORD = /^[a-z]+$/;
const SLOT_WORDS = new Set(['name', 'company', 'position', 'role', 'title', 'date', 'manager', 'organisation', 'organization', 'team', 'department', 'school', 'firm', 'location', 'skill', 'city', 'salary', 'recruiter', 'interviewer', 'signature', 'phone', 'email', 'link', 'url']);

function isSlotText(inner: string): boolean {
  const trimmed = inner.trim();
  if (NOT_A_SLOT.test(inner) || NOT_A_SLOT.test(trimmed)) return false;
  return !ONE_LOWER_WORD.test(trimmed) || SLOT_WORDS.has(trimmed);
}
// Real HTML elements a draft may carry; any other `<Word>` is a slot.
const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'center', 'cite', 'code', 'del', 'details', 'div', 'em', 'font', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's',
  'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'td', 'th', 'tr', 'u', 'ul',
]);

function isSlotTag(text: string): boolean {
  const name = /^<\/?\s*([\p{L}][\p{L}\p{N}-]*)/u.exec(text)?.[1];
  return !name || !HTML_ELEMENTS.has(name.toLowerCase());
}

export function findPlaceholders(draft: Draft): Placeholder[] {
  const found: Placeholder[] = [];
  const add = (start: number, text: string): void => {
    found.push({ start, end: start + text.length, text });
  };
  for (const block of draft.blocks) {
    const prose = draft.prose.slice(block.start, block.end);
    for (const m of prose.matchAll(BRACKETED)) if (isSlotText(m[1])) add(block.start + m.index, m[0]);
    for (const m of prose.matchAll(BRACED)) add(block.start + m.index, m[0]);
    for (const m of prose.matchAll(ANGLED)) add(block.start + m.index, m[0]);
    for (const m of prose.matchAll(FILLER)) add(block.start + m.index, m[0]);
  }
  // `<Company Name>` parses as an HTML tag, so the prose view blanked it; markdown-it kept where it was.
  for (const tag of draft.tags) if (isSlotTag(tag.text)) found.push({ start: tag.start, end: tag.end, text: tag.text });
  for (const blank of draft.blanks) found.push({ start: blank.start, end: blank.end, text: blank.text });
  return found.sort((a, b) => a.start - b.start);
}
