import type { Draft } from '../core/draft';
import type { Fix, Span } from '../core/types';
import { foldName, frontMatterField, NICKNAMES, nameWords, NOT_NAMES, TITLES } from './data/slots';
import type { Rule } from './types';

const nicknames = new Set(NICKNAMES.map(([short, full]) => `${short} ${full}`));

/** Two name words are the same person's: equal, one the other's start ("Jen", "Jennifer"), an initial, or a known short form. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && (short.length === 1 || short.length >= 3)) return true;
  return nicknames.has(`${short} ${long}`) || nicknames.has(`${long} ${short}`);
}

interface Word extends Span {
  readonly text: string;
  readonly folded: string;
  readonly kind: 'title' | 'name' | 'other';
}

const WORD = /[\p{L}][\p{L}'’.\-]*/gu;

function wordsOf(draft: Draft, span: Span): Word[] {
  const text = draft.prose.slice(span.start, span.end);
  return [...text.matchAll(WORD)].map((m) => {
    const word = m[0].replace(/[-'’]+$/, '');
    const folded = foldName(word);
    const kind = TITLES.has(folded) ? 'title' : NOT_NAMES.has(folded) ? 'other' : 'name';
    return { start: span.start + m.index, end: span.start + m.index + word.length, text: word, folded, kind };
  });
}

/** The greeting's leading name with its title ("Ms. Patel" in "Ms. Patel and team"): what the fix replaces. */
function leadingName(draft: Draft, words: readonly Word[]): Word[] {
  const run: Word[] = [];
  for (const word of words) {
    if (word.kind === 'other') break;
    if (run.length && !/^\s+$/.test(draft.prose.slice(run[run.length - 1].end, word.start))) break;
    run.push(word);
  }
  return run;
}

/** The `to` name in the form the salutation used: title and surname, first name alone, or the name as written. */
function replacementFor(run: readonly Word[], to: string): string {
  const names = nameWords(to);
  const toTitle = to.slice(0, to.indexOf(names[0])).trim();
  if (run[0].kind === 'title' && toTitle) return `${toTitle} ${names[names.length - 1]}`;
  if (run.length === 1 && run[0].kind === 'name' && names.length > 1) return names[0];
  return to;
}

export const nameMismatch: Rule = {
  id: 'name-mismatch',
  description: 'The salutation names someone other than the person the front matter says the email is to (`to:`).',
  defaultSeverity: 'warning',
  guidance: 'Greet the person you are writing to: a name left over from another draft tells the reader the email was recycled. Titles and first or last names alone are fine.',
  example: 'Dear Ms. Patel, (with `to: Priya Patel` in the front matter)',
  check(draft, { facts }, report) {
    const to = frontMatterField(draft, 'to');
    const salutation = facts.salutation;
    if (!to || !salutation || salutation.kind !== 'named') return;
    const toNames = nameWords(to).flatMap((w) => foldName(w).split('-')).filter((w) => w.length > 0 && !NOT_NAMES.has(w));
    if (!toNames.some((w) => w.length > 1)) return;
    const words = wordsOf(draft, salutation.addressee);
    const names = words.filter((w) => w.kind === 'name').flatMap((w) => w.folded.split('-')).filter(Boolean);
    if (names.length === 0 || names.some((n) => toNames.some((t) => sameName(n, t)))) return;
    const run = leadingName(draft, words);
    if (run.length === 0 || !run.some((w) => w.kind === 'name')) return;
    const span = { start: run[0].start, end: run[run.length - 1].end };
    const greeted = draft.text.slice(span.start, span.end);
    const replacement = replacementFor(run, to);
    // Markup inside the name ("*Mr.* Okafor") would be lost by a replacement: then the finding comes without a fix.
    const fixes: Fix[] = greeted === draft.prose.slice(span.start, span.end)
      ? [{ title: `Replace "${greeted}" with "${replacement}"`, safe: false, edits: [{ span, text: replacement }] }]
      : [];
    report({
      span,
      message: `The salutation greets ${greeted}, but the front matter says this email is to ${to}. The guidance: address the hiring manager by name, the right one.`,
      fixes,
    });
  },
};
