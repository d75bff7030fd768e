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

/**
 * The model as shipped: the weights as one "name<TAB>weight" line each, in a single string. Loading an object of
 * ~46,000 properties, and the maps built from it, cost ~39 MB of resident memory; one string and three typed
 * arrays cost ~3 MB.
 */
export interface StoredModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: string;
}

export function storeModel(model: LogisticModel): StoredModel {
  const lines = Object.entries(model.weights).map(([name, weight]) => {
    if (/[\t\n]/.test(name)) throw new Error(`feature name with a tab or line break: ${JSON.stringify(name)}`);
    return `${name}\t${weight}`;
  });
  return { bias: model.bias, threshold: model.threshold, weights: lines.join('\n') };
}

export function loadModel(stored: StoredModel): LogisticModel {
  const weights: Record<string, number> = {};
  for (const line of stored.weights.split('\n')) {
    const tab = line.indexOf('\t');
    weights[line.slice(0, tab)] = Number(line.slice(tab + 1));
  }
  return { bias: stored.bias, threshold: stored.threshold, weights };
}

/**
 * Two 32-bit hashes of a feature name (FNV-1a and djb2's x33), continued part by part, so a pair is hashed from its
 * words ("b:" + first + " " + second) without joining strings. A name is found only when both hashes match.
 */
class NameHash {
  first = 0;
  second = 0;

  static of(...parts: string[]): NameHash {
    const h = new NameHash();
    h.reset();
    for (const part of parts) h.add(part);
    return h;
  }

  reset(from?: NameHash): this {
    this.first = from ? from.first : 0x811c9dc5 | 0;
    this.second = from ? from.second : 5381;
    return this;
  }

  add(text: string, start = 0, end = text.length): this {
    let a = this.first;
    let b = this.second;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = (Math.imul(b, 33) + c) | 0;
    }
    this.first = a;
    this.second = b;
    return this;
  }
}

/** Weights by name hash, open-addressed with linear probing over typed arrays. */
class WeightTable {
  private readonly mask: number;
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  private readonly values: Float64Array;
  private readonly used: Uint8Array;

  constructor(count: number) {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.firsts = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  set(hash: NameHash, value: number, name: string): void {
    let i = hash.first & this.mask;
    for (; this.used[i]; i = (i + 1) & this.mask) {
      // Two names with both hashes equal would share a weight: refuse the model rather than score it wrongly.
      if (this.firsts[i] === hash.first && this.seconds[i] === hash.second) throw new Error(`tone model: hash collision at ${name}`);
    }
    this.used[i] = 1;
    this.firsts[i] = hash.first;
    this.seconds[i] = hash.second;
    this.values[i] = value;
  }

  get(hash: NameHash): number {
    for (let i = hash.first & this.mask; this.used[i]; i = (i + 1) & this.mask) {
      if (this.firsts[i] === hash.first && this.seconds[i] === hash.second) return this.values[i];
    }
    return 0;
  }
}

/** Scores features as they are emitted, without building a feature map or a feature name. */
export class Scorer implements FeatureSink {
  private readonly table: WeightTable;
  private readonly hash = new NameHash();
  private readonly wordPrefix = NameHash.of('w:');
  private readonly pairPrefix = NameHash.of('b:');
  private readonly triplePrefix = NameHash.of('t:');
  private z = 0;

  constructor(private readonly model: StoredModel) {
    const text = model.weights;
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.table = new WeightTable(count);
    // Scanned in place: no array of lines, no substring for a name.
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const tab = text.indexOf('\t', start);
      this.table.set(this.hash.reset().add(text, start, tab), Number(text.slice(tab + 1, end)), text.slice(start, tab));
      start = end + 1;
    }
  }

  reset(): void {
    this.z = this.model.bias;
  }

  feature(name: string, value: number): void {
    this.z += this.table.get(this.hash.reset().add(name)) * value;
  }

  word(token: string): void {
    this.z += this.table.get(this.hash.reset(this.wordPrefix).add(token));
  }

  bigram(first: string, second: string): void {
    this.z += this.table.get(this.hash.reset(this.pairPrefix).add(first).add(' ').add(second));
  }

  trigram(first: string, second: string, third: string): void {
    this.z += this.table.get(this.hash.reset(this.triplePrefix).add(first).add(' ').add(second).add(' ').add(third));
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
