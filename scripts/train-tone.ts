// Learns the tone model from labelled corpora and writes server/src/rules/data/tone-model.json.
// Usage: npx tsx scripts/train-tone.ts DIR… (never the held-out split: it measures what this learns)
//
// Each sentence of the author's prose is an example, labelled negative when it overlaps a labelled span.
// Regularisation and the decision threshold are chosen by 5-fold cross-validation over drafts, the threshold
// as the one with the best F1 among those keeping cross-validated precision at or above PRECISION_FLOOR.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../server/src/analysis/facts';
import { probability, train, type LogisticModel } from '../server/src/analysis/logistic';
import { featureMap, type Features } from '../server/src/analysis/toneFeatures';
import { normaliseSentence } from '../server/src/core/cues';
import { buildDraft } from '../server/src/core/draft';
import { DEFAULT_OPTIONS } from '../server/src/core/types';
import type { Label } from '../server/src/eval/score';

const PRECISION_FLOOR = 0.92;
const FOLDS = 5;
const MIN_DOCUMENT_FREQUENCY = 2;
const PRUNE_BELOW = 0.01;
const TRAINING = { epochs: 150, rate: 0.5, positiveWeight: 2 };
const L2_GRID = [0.0003, 0.001, 0.003];

interface Example { features: Features; label: 0 | 1; fold: number; text: string }

function foldOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

function examplesFrom(dir: string): Example[] {
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
  const out: Example[] = [];
  for (const label of labels) {
    const draft = buildDraft(fs.readFileSync(path.join(dir, label.file), 'utf8'));
    const spans = label.negative.flatMap((s) => {
      const found: { start: number; end: number }[] = [];
      for (let i = draft.text.indexOf(s); i >= 0; i = draft.text.indexOf(s, i + 1)) found.push({ start: i, end: i + s.length });
      return found;
    });
    for (const sentence of analyse(draft, DEFAULT_OPTIONS).body) {
      const text = normaliseSentence(sentence.text);
      const negative = spans.some((s) => s.start < sentence.end && sentence.start < s.end);
      out.push({ features: featureMap(text), label: negative ? 1 : 0, fold: foldOf(`${dir}/${label.file}`), text });
    }
  }
  return out;
}

/** Drops n-grams seen in fewer than MIN_DOCUMENT_FREQUENCY sentences: they cannot generalise. */
function prune(examples: Example[]): Example[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return examples.map((e) => ({
    ...e,
    features: new Map([...e.features].filter(([name]) => !/^[wb]:/.test(name) || (df.get(name) ?? 0) >= MIN_DOCUMENT_FREQUENCY)),
  }));
}

function bestThreshold(scored: { p: number; label: 0 | 1 }[]): { threshold: number; precision: number; recall: number; f1: number } {
  let best = { threshold: 0.5, precision: 0, recall: 0, f1: 0 };
  const positives = scored.filter((s) => s.label === 1).length;
  for (let t = 0.2; t <= 0.95; t += 0.01) {
    const tp = scored.filter((s) => s.p >= t && s.label === 1).length;
    const fp = scored.filter((s) => s.p >= t && s.label === 0).length;
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = positives ? tp / positives : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (precision >= PRECISION_FLOOR && f1 > best.f1) best = { threshold: Number(t.toFixed(2)), precision, recall, f1 };
  }
  return best;
}

function main(dirs: string[]): void {
  if (dirs.some((d) => path.basename(path.resolve(d)) === 'heldout')) throw new Error('the held-out split is for measuring, not training');
  const examples = prune(dirs.flatMap(examplesFrom));
  console.log(`${examples.length} sentences, ${examples.filter((e) => e.label).length} negative, from ${dirs.join(', ')}`);
  let chosen = { l2: L2_GRID[0], threshold: 0.5, f1: -1 };
  for (const l2 of L2_GRID) {
    const scored: { p: number; label: 0 | 1 }[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = { ...train(examples.filter((e) => e.fold !== fold), { ...TRAINING, l2 }), threshold: 0.5 };
      for (const e of examples.filter((x) => x.fold === fold)) scored.push({ p: probability(model, e.features), label: e.label });
    }
    const best = bestThreshold(scored);
    console.log(`l2 ${l2}: cross-validated threshold ${best.threshold} precision ${best.precision.toFixed(3)} recall ${best.recall.toFixed(3)} f1 ${best.f1.toFixed(3)}`);
    if (best.f1 > chosen.f1) chosen = { l2, threshold: best.threshold, f1: best.f1 };
  }
  const fitted = train(examples, { ...TRAINING, l2: chosen.l2 });
  const weights = Object.fromEntries(Object.entries(fitted.weights)
    .filter(([, w]) => Math.abs(w) >= PRUNE_BELOW)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, w]) => [name, Number(w.toFixed(4))]));
  const model: LogisticModel = { bias: Number(fitted.bias.toFixed(4)), threshold: chosen.threshold, weights };
  const out = path.join(__dirname, '..', 'server', 'src', 'rules', 'data', 'tone-model.json');
  fs.writeFileSync(out, JSON.stringify(model, null, 0) + '\n');
  console.log(`wrote ${out}: l2 ${chosen.l2}, threshold ${chosen.threshold}, ${Object.keys(weights).length} weights`);
}

main(process.argv.slice(2));
