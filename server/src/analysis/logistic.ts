// A sparse logistic-regression model: learned offline (scripts/train-tone.ts), applied here.
import type { Features } from './toneFeatures';

export interface LogisticModel {
  readonly bias: number;
  /** Decision threshold on the probability, chosen in training for precision. */
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

export function probability(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of features) z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed the score up most, for explaining a finding. */
export function topContributions(model: LogisticModel, features: Features, count: number): string[] {
  return [...features.entries()]
    .map(([name, value]) => ({ name, contribution: (model.weights[name] ?? 0) * value }))
    .filter((c) => c.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, count)
    .map((c) => c.name);
}

/**
 * Fits weights by AdaGrad on the log loss with L2 regularisation: each weight gets its own step size, so rare
 * n-grams still learn. Full batches in a fixed order, so training is deterministic.
 */
export function train(
  examples: readonly { features: Features; label: 0 | 1 }[],
  options: { l2: number; epochs: number; rate: number; positiveWeight: number },
): { bias: number; weights: Record<string, number> } {
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gradient = new Map<string, number>();
    let biasGradient = 0;
    for (const { features, label } of examples) {
      let z = bias;
      for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
      const error = (1 / (1 + Math.exp(-z)) - label) * (label === 1 ? options.positiveWeight : 1);
      biasGradient += error;
      for (const [name, value] of features) gradient.set(name, (gradient.get(name) ?? 0) + error * value);
    }
    const n = examples.length;
    biasGradient /= n;
    biasSquares += biasGradient * biasGradient;
    bias -= (options.rate * biasGradient) / Math.sqrt(biasSquares);
    for (const [name, sum] of gradient) {
      const w = weights.get(name) ?? 0;
      const g = sum / n + options.l2 * w;
      const sq = (squares.get(name) ?? 1e-8) + g * g;
      squares.set(name, sq);
      weights.set(name, w - (options.rate * g) / Math.sqrt(sq));
    }
  }
  return { bias, weights: Object.fromEntries(weights) };
}
