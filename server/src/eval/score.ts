// Scores the checking core against a labelled corpus (format: ../shared/corpus/SPEC.md).
// Document-level rules are scored by the presence of their id; placeholder-unfilled and negative-tone by range
// overlap with every occurrence of each labelled string in the author's prose.
import * as path from 'node:path';
import { buildDraft, type Draft } from '../core/draft';
import { checkDraft } from '../core/check';
import type { Span } from '../core/types';

export interface Label {
  file: string;
  gratitude: boolean;
  feedback: 'none' | 'vague' | 'specific';
  interest: boolean;
  greeting: 'named' | 'generic' | 'placeholder' | 'missing';
  placeholders: string[];
  negative: string[];
  note?: string;
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  file: string;
  ruleId: string;
  kind: 'false-positive' | 'false-negative';
  text: string;
}

/** Whether `dir` is a held-out split (`heldout`, `heldout-2`, …): scored, never tuned or trained on. */
export function isHeldOut(dir: string): boolean {
  return /^heldout(?:-\d+)?$/.test(path.basename(path.resolve(dir)));
}

export const SCORED_RULES = [
  'gratitude-missing', 'feedback-missing', 'feedback-vague', 'interest-missing',
  'greeting-missing', 'greeting-generic', 'placeholder-unfilled', 'negative-tone',
] as const;

/** Which document-level rules a label expects to fire. */
function expectedDocumentRules(label: Label): Set<string> {
  const expected = new Set<string>();
  if (!label.gratitude) expected.add('gratitude-missing');
  if (label.feedback === 'none') expected.add('feedback-missing');
  if (label.feedback === 'vague') expected.add('feedback-vague');
  if (!label.interest) expected.add('interest-missing');
  if (label.greeting === 'missing') expected.add('greeting-missing');
  if (label.greeting === 'generic') expected.add('greeting-generic');
  return expected;
}

/** Every occurrence of each labelled string that starts inside a block of the author's prose. */
function labelledSpans(draft: Draft, strings: readonly string[]): { span: Span; text: string }[] {
  const spans: { span: Span; text: string }[] = [];
  const inProse = (i: number): boolean => draft.blocks.some((b) => b.start <= i && i < b.end);
  for (const s of strings) {
    for (let i = draft.text.indexOf(s); i >= 0; i = draft.text.indexOf(s, i + 1)) {
      if (inProse(i)) spans.push({ span: { start: i, end: i + s.length }, text: s });
    }
  }
  return spans;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function scoreDraft(text: string, label: Label, scores: Record<string, RuleScore>, misses: Miss[]): void {
  const draft = buildDraft(text);
  const findings = checkDraft(draft);
  const fired = new Set(findings.map((f) => f.ruleId));
  const expected = expectedDocumentRules(label);
  for (const id of SCORED_RULES) {
    if (id === 'placeholder-unfilled' || id === 'negative-tone') continue;
    const s = scores[id];
    const firstLine = text.slice(findings.find((f) => f.ruleId === id)?.span.start ?? 0).split('\n')[0];
    if (fired.has(id) && expected.has(id)) s.tp++;
    else if (fired.has(id)) { s.fp++; misses.push({ file: label.file, ruleId: id, kind: 'false-positive', text: firstLine }); }
    else if (expected.has(id)) { s.fn++; misses.push({ file: label.file, ruleId: id, kind: 'false-negative', text: '' }); }
  }
  const spanRules: [string, string[]][] = [['placeholder-unfilled', label.placeholders], ['negative-tone', label.negative]];
  for (const [id, strings] of spanRules) {
    const s = scores[id];
    const wanted = labelledSpans(draft, strings);
    const got = findings.filter((f) => f.ruleId === id);
    for (const w of wanted) {
      if (got.some((f) => overlaps(f.span, w.span))) s.tp++;
      else { s.fn++; misses.push({ file: label.file, ruleId: id, kind: 'false-negative', text: w.text }); }
    }
    for (const f of got) {
      if (!wanted.some((w) => overlaps(f.span, w.span))) {
        s.fp++;
        misses.push({ file: label.file, ruleId: id, kind: 'false-positive', text: text.slice(f.span.start, f.span.end) });
      }
    }
  }
}

export function emptyScores(): Record<string, RuleScore> {
  return Object.fromEntries(SCORED_RULES.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
}

export function ratios(s: RuleScore): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
