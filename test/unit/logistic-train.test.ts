// train() fits the tone model that ships; scripts/train-tone.ts must reproduce the committed weights exactly, so
// training has to be deterministic as well as correct.
import assert from 'node:assert/strict';
import { probability, train } from '../../server/src/analysis/logistic';

const features = (...names: string[]) => new Map(names.map((n): [string, number] => [n, 1]));

// "w:bitter" only in negative examples, "w:grateful" only in positive ones, "w:the" in both.
const EXAMPLES = [
  { features: features('w:bitter', 'w:the'), label: 1 as const },
  { features: features('w:bitter'), label: 1 as const },
  { features: features('w:grateful', 'w:the'), label: 0 as const },
  { features: features('w:grateful'), label: 0 as const },
  { features: features('w:the'), label: 0 as const },
];
const OPTIONS = { l2: 0.001, epochs: 200, rate: 0.5, positiveWeight: 1 };

describe('logistic training', () => {
  it('learns which features mark the positive class', () => {
    const fitted = train(EXAMPLES, OPTIONS);
    assert.ok(fitted.weights['w:bitter'] > 1, `bitter ${fitted.weights['w:bitter']}`);
    assert.ok(fitted.weights['w:grateful'] < -1, `grateful ${fitted.weights['w:grateful']}`);
    const model = { ...fitted, threshold: 0.5 };
    assert.ok(probability(model, features('w:bitter')) > 0.9);
    assert.ok(probability(model, features('w:grateful')) < 0.1);
  });

  it('gives every feature it saw a weight, in order of first appearance', () => {
    assert.deepEqual(Object.keys(train(EXAMPLES, OPTIONS).weights), ['w:bitter', 'w:the', 'w:grateful']);
  });

  it('is deterministic', () => {
    assert.deepEqual(train(EXAMPLES, OPTIONS), train(EXAMPLES, OPTIONS));
  });

  it('shrinks weights more under stronger regularisation', () => {
    const loose = train(EXAMPLES, OPTIONS).weights['w:bitter'];
    const tight = train(EXAMPLES, { ...OPTIONS, l2: 0.1 }).weights['w:bitter'];
    assert.ok(tight < loose, `l2 0.1 gave ${tight}, l2 0.001 gave ${loose}`);
  });

  it('weights positive examples by positiveWeight', () => {
    const balanced = train(EXAMPLES, OPTIONS).bias;
    const favoured = train(EXAMPLES, { ...OPTIONS, positiveWeight: 4 }).bias;
    assert.ok(favoured > balanced, `bias ${favoured} with weight 4, ${balanced} with 1`);
  });
});
