// Tone of each sentence of the author's prose. Two judges, either of which flags a sentence:
// - the cue lists (server/src/rules/data/tone.ts), precise by construction: a weight-1 cue, or hints adding up
//   to 1 in a sentence not framed graciously;
// - a logistic model (trained by scripts/train-tone.ts on labelled drafts) that reads the cue scores together
//   with words, negation scope, word classes and a sentiment lexicon, for wording no list foresaw.
// The cue lists also say which kind of ungraciousness it is, for the message. A sentence the model leans on but
// does not flag alone is flagged beside a neighbour that is flagged (toneContext.ts).
import { normaliseSentence } from '../core/cues';
import type { CheckOptions, UserPhrase } from '../core/types';
import type { ToneCategory } from '../rules/data/tone';
import toneModel from '../rules/data/tone-model.json';
import { Scorer, type StoredModel } from './logistic';
import { negativeAlone, negativeBeside, type ToneThresholds } from './toneContext';
import { negativeByCues, toneFeatures } from './toneFeatures';

export interface ToneAssessment {
  readonly negative: boolean;
  /** Categories seen by the cue lists, strongest first; empty when only the model saw it. */
  readonly categories: readonly ToneCategory[];
  /** The user's own phrase that flagged it, if one did. */
  readonly userPhrase?: UserPhrase;
  /** What gave it away: the strongest cue's text, when a cue list saw it. */
  readonly evidence?: string;
  /** The model's probability that the sentence is ungracious, read on its own. */
  readonly probability: number;
  /** Flagged only beside a neighbour that is flagged on its own. */
  readonly beside?: boolean;
}

const model: StoredModel & ToneThresholds = toneModel;
const scorer = new Scorer(model);

/** The user's phrases in the form sentences are matched in, prepared once per check rather than per sentence. */
export interface TonePhrases {
  readonly allowed: readonly string[];
  readonly negative: readonly { readonly phrase: UserPhrase; readonly text: string }[];
}

export function prepareTonePhrases(options: CheckOptions): TonePhrases {
  return {
    allowed: options.allowedPhrases.map(normaliseSentence).filter(Boolean),
    negative: options.negativePhrases.map((phrase) => ({ phrase, text: normaliseSentence(phrase.phrase) })).filter((p) => p.text),
  };
}

/** Blanks allowed phrases so no cue or word can count inside them. */
function withoutAllowed(text: string, allowed: readonly string[]): string {
  let out = text;
  for (const p of allowed) {
    for (let i = out.indexOf(p); i >= 0; i = out.indexOf(p, i + p.length)) {
      out = out.slice(0, i) + ' '.repeat(p.length) + out.slice(i + p.length);
    }
  }
  return out;
}

/**
 * The cue's words as the writer typed them, for the message; the lower-cased cue text when they cannot be found
 * (the normalised sentence folds quotes and white space).
 */
function inOriginalCase(cueText: string, original: string): string {
  const at = original.toLowerCase().indexOf(cueText);
  return at >= 0 ? original.slice(at, at + cueText.length) : cueText;
}

/** `normalised` is the sentence as normaliseSentence returns it; `original` is the sentence as written. */
export function assessTone(normalised: string, original: string, phrases: TonePhrases): ToneAssessment {
  const text = withoutAllowed(normalised, phrases.allowed);
  const userPhrase = phrases.negative.find((p) => text.includes(p.text))?.phrase;
  if (userPhrase) return { negative: true, categories: [], userPhrase, evidence: userPhrase.phrase, probability: 1 };
  scorer.reset();
  const evidence = toneFeatures(text, scorer);
  const probability = scorer.probability();
  if (!negativeAlone(negativeByCues(evidence), probability, model)) return { negative: false, categories: [], probability };
  return { negative: true, categories: evidence.categories, evidence: evidence.cueText && inOriginalCase(evidence.cueText, original), probability };
}

/** `own`, read beside its neighbours' own assessments: flagged too when it leans ungracious next to a flagged one. */
export function toneInContext(own: ToneAssessment, neighbours: readonly ToneAssessment[]): ToneAssessment {
  if (own.negative || !negativeBeside(own.probability, neighbours.some((n) => n.negative), model)) return own;
  return { ...own, negative: true, beside: true };
}
