// A sparse logistic-regression model: learned offline (scripts/train-tone.ts), applied here.
import type { FeatureSink, Features } from './toneFeatures';

export interface LogisticModel {
  readonly bias: number;
  /** Decision threshold on the probability, chosen in training for precision. */
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function probability(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of features) z += (model.weights[name] ?? 0) * value;
  return sigmoid(z);
}

/** Scores features as they are emitted, without building a feature map. */
export class Scorer implements FeatureSink {
  private readonly weights = new Map<string, number>();
  private readonly words = new Map<string, number>();
  /** Word pairs and triples nested by word ("b:i'm sure" → i'm → sure), looked up without joining strings. */
  private readonly pairs = new Map<string, Map<string, number>>();
  private readonly triples = new Map<string, Map<string, Map<string, number>>>();
  private z = 0;

  constructor(private readonly model: LogisticModel) {
    const within = <T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> => {
      let inner = map.get(key);
      if (!inner) map.set(key, (inner = new Map()));
      return inner;
    };
    // for…in and indexOf rather than Object.entries and split: with ~40,000 weights this is most of start-up.
    const weights = model.weights;
    for (const name in weights) {
      const w = weights[name];
      const kind = name[1] === ':' ? name[0] : '';
      if (kind === 'w') {
        this.words.set(name.slice(2), w);
      } else if (kind === 'b') {
        const space = name.indexOf(' ', 2);
        within(this.pairs, name.slice(2, space)).set(name.slice(space + 1), w);
      } else if (kind === 't') {
        const space = name.indexOf(' ', 2);
        const next = name.indexOf(' ', space + 1);
        within(within(this.triples, name.slice(2, space)), name.slice(space + 1, next)).set(name.slice(next + 1), w);
      } else {
        this.weights.set(name, w);
      }
    }
  }

  reset(): void {
    this.z = this.model.bias;
  }

  feature(name: string, value: number): void {
    this.z += (this.weights.get(name) ?? 0) * value;
  }

  word(token: string): void {
    this.z += this.words.get(token) ?? 0;
  }

  bigram(first: string, second: string): void {
    this.z += this.pairs.get(first)?.get(second) ?? 0;
  }

  trigram(first: string, second: string, third: string): void {
    this.z += this.triples.get(first)?.get(second)?.get(third) ?? 0;
  }

  probability(): number {
    return sigmoid(this.z);
  }
}

/**
 * Fits weights by AdaGrad on the log loss with L2 regularisation: each weight gets its own step size, so rare
 * n-grams still learn. Full batches in a fixed order, so training is deterministic. Feature names are numbered
 * once and the epochs run over typed arrays: string-keyed map lookups made training ~10 times slower.
 */
export function train(
  examples: readonly { features: Features; label: 0 | 1 }[],
  options: { l2: number; epochs: number; rate: number; positiveWeight: number },
): { bias: number; weights: Record<string, number> } {
  const index = new Map<string, number>();
  const rows = examples.map(({ features, label }) => {
    const ids = new Int32Array(features.size);
    const values = new Float64Array(features.size);
    let k = 0;
    for (const [name, value] of features) {
      let id = index.get(name);
      if (id === undefined) index.set(name, (id = index.size));
      ids[k] = id;
      values[k++] = value;
    }
    return { ids, values, label, scale: label === 1 ? options.positiveWeight : 1 };
  });
  const weights = new Float64Array(index.size);
  const squares = new Float64Array(index.size).fill(1e-8);
  const gradient = new Float64Array(index.size);
  let bias = 0;
  let biasSquares = 1e-8;
  const n = rows.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const { ids, values, label, scale } of rows) {
      let z = bias;
      for (let k = 0; k < ids.length; k++) z += weights[ids[k]] * values[k];
      const error = (sigmoid(z) - label) * scale;
      biasGradient += error;
      for (let k = 0; k < ids.length; k++) gradient[ids[k]] += error * values[k];
    }
    biasGradient /= n;
    biasSquares += biasGradient * biasGradient;
    bias -= (options.rate * biasGradient) / Math.sqrt(biasSquares);
    for (let id = 0; id < weights.length; id++) {
      const g = gradient[id] / n + options.l2 * weights[id];
      squares[id] += g * g;
      weights[id] -= (options.rate * g) / Math.sqrt(squares[id]);
    }
  }
  return { bias, weights: Object.fromEntries([...index].map(([name, id]) => [name, weights[id]])) };
}
