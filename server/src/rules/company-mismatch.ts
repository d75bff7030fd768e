import type { Draft, Sentence } from '../core/draft';
import type { Span } from '../core/types';
import { COMPANY_FRAMES, foldName, frontMatterField, nameWords, NOT_ORGS, ORG_CONNECTORS, ORG_NOISE, ORG_SUFFIXES, TITLES } from './data/slots';
import type { Rule } from './types';

const frames = COMPANY_FRAMES.map((f) => new RegExp(f.pattern));
// A run of capitalised words, with the lower-case joins an organisation's name may have ("Bank of America").
const WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*";
const CAPITALISED_RUN = new RegExp(`(?<![\\p{L}\\p{N}])${WORD}(?:[ \\t]+(?:(?:${[...ORG_CONNECTORS].join('|')})[ \\t]+)?${WORD}){0,5}`, 'gu');
const POSSESSIVE = /['’]s$/;
// Names written after a courtesy title anywhere in the prose are people: "Ms. Adeyemi", "Dr. Okoye".
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss)\.?\s+(\p{Lu}[\p{L}'’\-]+)/gu;

/** An organisation's words, folded, without legal forms and joins: "St. Luke's Hospital" → luke, hospital. */
function orgWords(name: string): string[] {
  return foldName(name.replace(/['’]s\b/g, '')).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !ORG_NOISE.has(w));
}

/** The candidate names the same organisation: a shared word ("Northfield", "Northfield Outfitters"), its acronym, or its start. */
function sameOrg(candidate: string, company: string): boolean {
  const words = orgWords(candidate);
  const companyWords = orgWords(company);
  if (words.some((w) => companyWords.includes(w))) return true;
  const compact = (s: string): string => foldName(s).replace(/[^\p{L}\p{N}]/gu, '');
  const [a, b] = [compact(candidate), compact(company)];
  if (a.length >= 3 && (b.startsWith(a) || a.startsWith(b))) return true;
  const initials = foldName(company).split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'of' && w !== 'and' && w !== 'the').map((w) => w[0]).join('');
  return /^\p{Lu}{2,6}$/u.test(candidate) && a === initials;
}

/** Looks like an organisation whatever precedes it: a legal form or sector word at the end, "&", or inner capitals. */
function orgShaped(candidate: string): boolean {
  const words = candidate.split(/\s+/);
  return words.length > 1 && ORG_SUFFIXES.has(foldName(words[words.length - 1]))
    || candidate.includes('&')
    || /^\p{Lu}[\p{L}\p{N}]*\p{Lu}/u.test(words[0]);
}

/** Words of people the draft names: the reader (front matter and salutation) and anyone after a courtesy title. */
function peopleWords(draft: Draft, to: string | undefined, addressee: Span | undefined): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => { for (const w of nameWords(text)) for (const part of foldName(w).split(/[^\p{L}\p{N}]+/u)) if (part) words.add(part); };
  if (to) add(to);
  if (addressee) add(draft.prose.slice(addressee.start, addressee.end));
  for (const m of draft.prose.matchAll(TITLED_NAME)) add(m[1]);
  return words;
}

interface Candidate extends Span {
  readonly text: string;
}

/** Capitalised names in a company position in this sentence. */
function candidatesIn(sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  for (const m of sentence.text.matchAll(CAPITALISED_RUN)) {
    // A word with a full stop ends the name ("Bramble & Co. Is there…"), unless it is an initial or "St.".
    const stop = /(?<!(?:^|\s)(?:\p{Lu}|St|Mt|Ft))\.(?=\s)/u.exec(m[0]);
    let text = (stop ? m[0].slice(0, stop.index) : m[0]).replace(/[\-'’.&\s]+$/u, '');
    let start = sentence.start + m.index;
    if (/^The\s+\p{Lu}/u.test(text)) {
      const rest = text.replace(/^The\s+/, '');
      start += text.length - rest.length;
      text = rest;
    }
    const possessive = POSSESSIVE.test(text);
    if (possessive) text = text.replace(POSSESSIVE, '');
    const before = sentence.text.slice(Math.max(0, m.index - 100), m.index).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    if (!frames.some((re) => re.test(before))) continue;
    // "to join Sam's team": a possessive may be a person's, unless the name is shaped like an organisation's.
    if (possessive && !orgShaped(text)) continue;
    found.push({ start, end: start + text.length, text });
  }
  return found;
}

export const companyMismatch: Rule = {
  id: 'company-mismatch',
  description: 'The prose names, where the employer goes, a company other than the front matter\'s `company:` (a slip left from another draft).',
  defaultSeverity: 'warning',
  guidance: 'Name the company you are writing to: "I remain interested in Globex" in an email to Acme tells the reader it was copied from another application.',
  example: 'I remain very interested in Lumen Robotics and would love to be considered for future openings.',
  check(draft, { facts }, report) {
    const company = frontMatterField(draft, 'company');
    if (!company) return;
    const role = frontMatterField(draft, 'role');
    const roleWords = new Set(role ? orgWords(role) : []);
    const people = peopleWords(draft, frontMatterField(draft, 'to'), facts.salutation?.addressee);
    for (const sentence of draft.sentences) {
      for (const candidate of candidatesIn(sentence)) {
        const words = orgWords(candidate.text);
        const first = foldName(candidate.text.split(/\s+/)[0]);
        if (words.join('').length < 2 || NOT_ORGS.has(first) || TITLES.has(first)) continue;
        if (sameOrg(candidate.text, company) || words.some((w) => people.has(w) || roleWords.has(w))) continue;
        // Markup inside the name ("Globex *Labs*") would be lost by the replacement: such a name is left alone.
        if (draft.text.slice(candidate.start, candidate.end) !== candidate.text) continue;
        // A company name that ends in "." ("Acme Inc.") does not double the sentence's full stop.
        const replacement = company.endsWith('.') && draft.text[candidate.end] === '.' ? company.slice(0, -1) : company;
        report({
          span: candidate,
          message: `"${candidate.text}" is not the company this draft is for: the front matter says ${company.replace(/\.$/, '')}. The guidance: a name left from another application tells the reader the email was recycled.`,
          fixes: [{ title: `Replace "${candidate.text}" with "${replacement}"`, safe: false, edits: [{ span: candidate, text: replacement }] }],
        });
      }
    }
  },
};
