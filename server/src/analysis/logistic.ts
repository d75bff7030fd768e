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
 * ~46,000 properties, and the maps built from it, cost ~39 MB of resident memory; one string and a table of typed
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
 * A feature's key: two 32-bit hashes (FNV-1a and djb2's x33) of each of its words, mixed in order into a seed for its
 * kind. Words are hashed once each and their hashes reused by the pairs and triples around them, so scoring never
 * joins a name; a weight is found only when both halves of the key match.
 */
const enum Seed { Word = 0x2f6b1a3d, Pair = 0x5c1e94f7, Triple = 0x7a3d2c61, Other = 0x1b873593 }

function mixFirst(key: number, word: number): number {
  const h = Math.imul(key ^ word, 0x01000193);
  return h ^ (h >>> 15);
}

function mixSecond(key: number, word: number): number {
  const h = Math.imul((key + word) | 0, 0x5bd1e995);
  return h ^ (h >>> 13);
}

/** Hashes of `text` from `start` to `end`, written to `into[0]` and `into[1]`. */
function hashWord(text: string, start: number, end: number, into: Int32Array): void {
  let a = 0x811c9dc5 | 0;
  let b = 5381;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = (Math.imul(b, 33) + c) | 0;
  }
  into[0] = a;
  into[1] = b;
}

/** Weights by key, open-addressed with linear probing over typed arrays. */
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

  /** Stores the weight; false, storing nothing, when the key is taken already. */
  set(first: number, second: number, value: number): boolean {
    let i = first & this.mask;
    for (; this.used[i]; i = (i + 1) & this.mask) {
      if (this.firsts[i] === first && this.seconds[i] === second) return false;
    }
    this.used[i] = 1;
    this.firsts[i] = first;
    this.seconds[i] = second;
    this.values[i] = value;
    return true;
  }

  get(first: number, second: number): number {
    for (let i = first & this.mask; this.used[i]; i = (i + 1) & this.mask) {
      if (this.firsts[i] === first && this.seconds[i] === second) return this.values[i];
    }
    return 0;
  }
}

const LEXICAL_SEEDS: Readonly<Record<string, Seed>> = { w: Seed.Word, b: Seed.Pair, t: Seed.Triple };
/** Tokens whose hashes are kept: a triple reaches back two words from the one just scored. */
const RECENT = 4;

/** Scores features as they are emitted, without building a feature map or a feature name. */
export class Scorer implements FeatureSink {
  private readonly table: WeightTable;
  private readonly hashes = new Int32Array(2);
  private readonly recentTokens: (string | undefined)[] = new Array(RECENT);
  private readonly recentFirsts = new Int32Array(RECENT);
  private readonly recentSeconds = new Int32Array(RECENT);
  private nextRecent = 0;
  /** The two halves of the key being built. */
  private first = 0;
  private second = 0;
  private z = 0;

  constructor(private readonly model: StoredModel) {
    const text = model.weights;
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.table = new WeightTable(count);
    // Scanned in place: no array of lines, no substring for a name or a word.
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const tab = text.indexOf('\t', start);
      const seed = text[start + 1] === ':' ? LEXICAL_SEEDS[text[start]] : undefined;
      let first: number = seed ?? Seed.Other;
      let second: number = first;
      // A word, pair or triple is keyed by its words; any other feature by its whole name.
      for (let from = seed === undefined ? start : start + 2; from < tab; ) {
        const space = seed === undefined ? -1 : text.indexOf(' ', from);
        const to = space < 0 || space > tab ? tab : space;
        hashWord(text, from, to, this.hashes);
        first = mixFirst(first, this.hashes[0]);
        second = mixSecond(second, this.hashes[1]);
        from = to + 1;
      }
      // Two names with equal keys would share a weight: refuse the model rather than score it wrongly.
      if (!this.table.set(first, second, Number(text.slice(tab + 1, end)))) {
        throw new Error(`tone model: hash collision at ${text.slice(start, tab)}`);
      }
      start = end + 1;
    }
  }

  /** Where `token`'s hashes are in the recent slots, hashing it into the oldest slot if it is not there. */
  private recent(token: string): number {
    for (let k = 0; k < RECENT; k++) if (this.recentTokens[k] === token) return k;
    const k = this.nextRecent;
    this.nextRecent = (k + 1) % RECENT;
    hashWord(token, 0, token.length, this.hashes);
    this.recentTokens[k] = token;
    this.recentFirsts[k] = this.hashes[0];
    this.recentSeconds[k] = this.hashes[1];
    return k;
  }

  /** Starts the key of a feature of this kind. */
  private begin(seed: Seed): void {
    this.first = seed;
    this.second = seed;
  }

  /** Mixes the next word into the key. */
  private then(token: string): void {
    const k = this.recent(token);
    this.first = mixFirst(this.first, this.recentFirsts[k]);
    this.second = mixSecond(this.second, this.recentSeconds[k]);
  }

  reset(): void {
    this.z = this.model.bias;
  }

  feature(name: string, value: number): void {
    hashWord(name, 0, name.length, this.hashes);
    this.z += this.table.get(mixFirst(Seed.Other, this.hashes[0]), mixSecond(Seed.Other, this.hashes[1])) * value;
  }

  word(token: string): void {
    this.begin(Seed.Word);
    this.then(token);
    this.z += this.table.get(this.first, this.second);
  }

  bigram(first: string, second: string): void {
    this.begin(Seed.Pair);
    this.then(first);
    this.then(second);
    this.z += this.table.get(this.first, this.second);
  }

  trigram(first: string, second: string, third: string): void {
    this.begin(Seed.Triple);
    this.then(first);
    this.then(second);
    this.then(third);
    this.z += this.table.get(this.first, this.second);
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
