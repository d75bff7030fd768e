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

/** Weights of word sequences as a tree, one level a word, so that scoring looks them up without joining strings. */
interface PhraseNode {
  weight: number;
  readonly next: Map<string, PhraseNode>;
}

const phraseNode = (): PhraseNode => ({ weight: 0, next: new Map() });

/** Scores features as they are emitted, without building a feature map. */
export class Scorer implements FeatureSink {
  private readonly weights = new Map<string, number>();
  private readonly words = new Map<string, number>();
  /** Word pairs ("b:i'm sure") and triples ("t:i'm sure you"), each a path of words from the root. */
  private readonly pairs = phraseNode();
  private readonly triples = phraseNode();
  private z = 0;

  constructor(private readonly model: LogisticModel) {
    for (const [name, w] of Object.entries(model.weights)) {
      if (name.startsWith('w:')) this.words.set(name.slice(2), w);
      else if (name.startsWith('b:')) this.insert(this.pairs, name.slice(2), w);
      else if (name.startsWith('t:')) this.insert(this.triples, name.slice(2), w);
      else this.weights.set(name, w);
    }
  }

  private insert(root: PhraseNode, phrase: string, weight: number): void {
    let node = root;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = phraseNode()));
      node = child;
    }
    node.weight = weight;
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
    this.z += this.pairs.next.get(first)?.next.get(second)?.weight ?? 0;
  }

  trigram(first: string, second: string, third: string): void {
    this.z += this.triples.next.get(first)?.next.get(second)?.next.get(third)?.weight ?? 0;
  }

  probability(): number {
    return sigmoid(this.z);
  }
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
      const error = (sigmoid(z) - label) * (label === 1 ? options.positiveWeight : 1);
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
