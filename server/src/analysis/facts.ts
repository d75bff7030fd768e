// Facts about a draft that several rules read, each worked out at most once per check.
import { bodySentences } from '../core/body';
import { normaliseSentence } from '../core/cues';
import type { Draft, Sentence } from '../core/draft';
import { findPlaceholders, type Placeholder } from '../core/placeholders';
import { findSalutation, type Salutation } from '../core/salutation';
import type { CheckOptions, Span } from '../core/types';
import { findFeedbackRequests, type FeedbackRequest } from './feedback';
import { assessTone, prepareTonePhrases, toneInContext, type ToneAssessment } from './tone';

export interface DraftFacts {
  readonly placeholders: readonly Placeholder[];
  readonly salutation: Salutation | undefined;
  /** Sentences of the letter's body: prose minus headings and Subject: lines. */
  readonly body: readonly Sentence[];
  readonly feedbackRequests: readonly FeedbackRequest[];
  tone(sentence: Sentence): ToneAssessment;
  /** The sentence lower-cased with straight quotes, as the cue lists read it; worked out once. */
  normalised(sentence: Sentence): string;
  /** Where document-level findings go: the salutation, else the first line of prose, else the start. */
  readonly anchor: Span;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** The first line of the letter's body: headings and Subject: lines are skipped, as a reader skips them. */
function firstBodyLine(draft: Draft, body: readonly Sentence[]): Span {
  const first = body[0] ?? draft.sentences[0];
  if (!first) return { start: 0, end: 0 };
  const lineBreak = draft.prose.indexOf('\n', first.start);
  return { start: first.start, end: lineBreak < 0 || lineBreak > first.end ? first.end : lineBreak };
}

export function analyse(draft: Draft, options: CheckOptions): DraftFacts {
  const placeholders = lazy(() => findPlaceholders(draft));
  const overlapsPlaceholder = (span: Span): boolean => placeholders().some((p) => p.start < span.end && span.start < p.end);
  const salutation = lazy(() => findSalutation(draft, overlapsPlaceholder));
  const body = lazy(() => bodySentences(draft));
  const normalisedTexts = new Map<Sentence, string>();
  const normalised = (sentence: Sentence): string => {
    let n = normalisedTexts.get(sentence);
    if (n === undefined) normalisedTexts.set(sentence, (n = normaliseSentence(sentence.text)));
    return n;
  };
  const phrases = prepareTonePhrases(options);
  const ownTones = new Map<Sentence, ToneAssessment>();
  const ownTone = (sentence: Sentence): ToneAssessment => {
    let t = ownTones.get(sentence);
    if (!t) ownTones.set(sentence, (t = assessTone(normalised(sentence), sentence.text, phrases)));
    return t;
  };
  // A sentence's neighbours are the body sentences before and after it: a heading or Subject: line has none.
  const bodyIndex = lazy(() => new Map(body().map((s, i) => [s, i])));
  const neighbours = (sentence: Sentence): Sentence[] => {
    const i = bodyIndex().get(sentence);
    return i === undefined ? [] : [body()[i - 1], body()[i + 1]].filter((s) => s !== undefined);
  };
  const tones = new Map<Sentence, ToneAssessment>();
  const tone = (sentence: Sentence): ToneAssessment => {
    let t = tones.get(sentence);
    if (!t) tones.set(sentence, (t = toneInContext(ownTone(sentence), neighbours(sentence).map(ownTone))));
    return t;
  };
  const requests = lazy(() => findFeedbackRequests(draft, body(), normalised, tone));
  return {
    get placeholders() { return placeholders(); },
    get salutation() { return salutation(); },
    get body() { return body(); },
    get feedbackRequests() { return requests(); },
    get anchor() { return salutation()?.span ?? firstBodyLine(draft, body()); },
    tone,
    normalised,
  };
}
