// Tone of each sentence of the author's prose. A logistic model (trained by scripts/train-tone.ts on labelled
// drafts) reads the cue lists' scores together with words, negation scope and a sentiment lexicon; the cue
// lists say which kind of ungraciousness it is, for the message.
import { normaliseSentence } from '../core/cues';
import type { Sentence } from '../core/draft';
import type { CheckOptions, UserPhrase } from '../core/types';
import type { ToneCategory } from '../rules/data/tone';
import toneModel from '../rules/data/tone-model.json';
import { probability, topContributions, type LogisticModel } from './logistic';
import { toneFeatures } from './toneFeatures';

export interface ToneAssessment {
  readonly negative: boolean;
  /** Categories seen by the cue lists, strongest first; empty when only the model saw it. */
  readonly categories: readonly ToneCategory[];
  /** The user's own phrase that flagged it, if one did. */
  readonly userPhrase?: UserPhrase;
  /** What gave it away: the strongest cue's text, or the words the model weighed most. */
  readonly evidence?: string;
}

const model = toneModel as LogisticModel;
const NOT_NEGATIVE: ToneAssessment = Object.freeze({ negative: false, categories: [] });

/** Blanks allowed phrases so no cue or word can count inside them. */
function withoutAllowed(text: string, allowed: readonly string[]): string {
  let out = text;
  for (const phrase of allowed) {
    const p = normaliseSentence(phrase);
    if (!p) continue;
    for (let i = out.indexOf(p); i >= 0; i = out.indexOf(p, i + p.length)) {
      out = out.slice(0, i) + ' '.repeat(p.length) + out.slice(i + p.length);
    }
  }
  return out;
}

/** A model feature name as words for the message: "b:you clearly" → "you clearly". */
function featureWords(name: string): string | undefined {
  const m = /^[wb]:(.+)$/.exec(name);
  return m ? m[1].replace(/¬/g, '') : undefined;
}

export function assessTone(sentence: Sentence, options: CheckOptions): ToneAssessment {
  const text = withoutAllowed(normaliseSentence(sentence.text), options.allowedPhrases);
  const userPhrase = options.negativePhrases.find((p) => p.phrase.trim() && text.includes(normaliseSentence(p.phrase)));
  if (userPhrase) return { negative: true, categories: [], userPhrase, evidence: userPhrase.phrase };
  const evidence = toneFeatures(text);
  if (probability(model, evidence.features) < model.threshold) return NOT_NEGATIVE;
  const words = topContributions(model, evidence.features, 6).map(featureWords).filter((w): w is string => !!w).slice(0, 2);
  return { negative: true, categories: evidence.categories, evidence: evidence.cueText ?? words.join('", "') };
}
