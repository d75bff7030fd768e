// Tone of each sentence of the author's prose: which ungracious cues it carries and how strongly.
import { CueSet, normaliseSentence } from '../core/cues';
import type { Sentence } from '../core/draft';
import type { CheckOptions, UserPhrase } from '../core/types';
import { GRACIOUS_FRAMES, TONE_CUES, type ToneCategory, type ToneCue } from '../rules/data/tone';

export interface ToneAssessment {
  readonly negative: boolean;
  /** Categories seen, strongest first. */
  readonly categories: readonly ToneCategory[];
  /** The user's own phrase that flagged it, if one did. */
  readonly userPhrase?: UserPhrase;
  /** The text of the strongest cue, for the message. */
  readonly evidence?: string;
}

const toneCues = new CueSet<ToneCue>(TONE_CUES);
const graciousFrames = new CueSet(GRACIOUS_FRAMES);
const NOT_NEGATIVE: ToneAssessment = Object.freeze({ negative: false, categories: [] });

/** Blanks allowed phrases so no cue can match inside them. */
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

export function assessTone(sentence: Sentence, options: CheckOptions): ToneAssessment {
  const text = withoutAllowed(normaliseSentence(sentence.text), options.allowedPhrases);
  const userPhrase = options.negativePhrases.find((p) => p.phrase.trim() && text.includes(normaliseSentence(p.phrase)));
  if (userPhrase) return { negative: true, categories: [], userPhrase, evidence: userPhrase.phrase };
  const matches = toneCues.matches(text);
  if (matches.length === 0) return NOT_NEGATIVE;
  const byCategory = new Map<ToneCategory, number>();
  let score = 0;
  let strongest = matches[0];
  for (const m of matches) {
    score += m.cue.weight;
    byCategory.set(m.cue.category, (byCategory.get(m.cue.category) ?? 0) + m.cue.weight);
    if (m.cue.weight > strongest.cue.weight) strongest = m;
  }
  const hasStrongCue = matches.some((m) => m.cue.weight >= 1);
  if (score < 1 || (!hasStrongCue && graciousFrames.test(text))) return NOT_NEGATIVE;
  const categories = [...byCategory.entries()].sort((a, b) => b[1] - a[1]).map(([category]) => category);
  return { negative: true, categories, evidence: text.slice(strongest.index, strongest.index + strongest.length) };
}
