// The checker scores sentences with Scorer (no feature map, weights by name hash); training scores them with
// probability() over collectFeatures(). Both must give the same number, or the threshold chosen in training would
// mean something else when checking.
import assert from 'node:assert/strict';
import { loadModel, probability, Scorer, storeModel } from '../../server/src/analysis/logistic';
import { collectFeatures, toneFeatures } from '../../server/src/analysis/toneFeatures';
import { normaliseSentence } from '../../server/src/core/cues';
import toneModel from '../../server/src/rules/data/tone-model.json';

const stored = toneModel;
const model = loadModel(stored);

const SENTENCES = [
  "I'm sure you had your reasons.",
  'Thank you for your time, and for the tour of the lab.',
  'Honestly, the whole process felt unfair and disorganised.',
  "I would be grateful for feedback on my case study, especially the pricing section.",
  'No hard feelings at all: it was not the result I hoped for, but I learned a lot.',
  'Good luck finding someone with half my experience who will work for less.',
];

describe('tone model scoring', () => {
  it('uses word pairs and triples from the shipped model', () => {
    const names = Object.keys(model.weights);
    assert.ok(names.some((n) => n.startsWith('b:')), 'pairs');
    assert.ok(names.some((n) => n.startsWith('t:')), 'triples');
  });

  for (const sentence of SENTENCES) {
    it(`gives the same probability when checking as in training: ${sentence}`, () => {
      const text = normaliseSentence(sentence);
      const scorer = new Scorer(stored);
      scorer.reset();
      toneFeatures(text, scorer);
      const trained = probability(model, collectFeatures(text).features);
      assert.ok(Math.abs(scorer.probability() - trained) < 1e-9, `${scorer.probability()} vs ${trained}`);
    });
  }

  it('loads the stored weights exactly as training wrote them', () => {
    const trained = { bias: -1.5, threshold: 0.9, weights: { 'w:bitter': 1.25, "b:i'm sure": -0.0001, 't:good luck finding': 2, 'cue:sarcasm': 0.5 } };
    assert.deepEqual(loadModel(storeModel(trained)), trained);
  });

  it('refuses to store a feature name that would break its line', () => {
    assert.throws(() => storeModel({ bias: 0, threshold: 0.5, weights: { 'w:a\tb': 1 } }), /tab or line break/);
  });

  it('counts a triple the model knows, and nothing for one it does not', () => {
    const triple = Object.keys(model.weights).find((n) => n.startsWith('t:'))!;
    const [first, second, third] = triple.slice(2).split(' ');
    const scorer = new Scorer(storeModel({ bias: 0, threshold: 0.5, weights: { [triple]: 2 } }));
    scorer.reset();
    scorer.trigram(first, second, third);
    assert.ok(Math.abs(scorer.probability() - 1 / (1 + Math.exp(-2))) < 1e-12);
    scorer.reset();
    scorer.trigram(first, second, `${third}x`);
    assert.equal(scorer.probability(), 0.5);
  });
});
