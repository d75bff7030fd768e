// A sentence the tone model leans towards, but does not flag on its own, is flagged beside a neighbour that is
// flagged on its own, and only then.
import assert from 'node:assert/strict';
import { toneInContext, type ToneAssessment } from '../../server/src/analysis/tone';
import { check } from '../../server/src/core';
import toneModel from '../../server/src/rules/data/tone-model.json';

const assessment = (probability: number, negative = false): ToneAssessment => ({ negative, categories: [], probability });
const leaning = assessment(toneModel.contextThreshold);
const below = assessment(toneModel.contextThreshold - 0.01);
const flagged = assessment(toneModel.threshold, true);
const plain = assessment(0.05);

describe('tone in context', () => {
  it('flags a sentence the model leans towards when a neighbour is flagged, and says so', () => {
    const read = toneInContext(leaning, [plain, flagged]);
    assert.equal(read.negative, true);
    assert.equal(read.beside, true);
    assert.equal(read.probability, leaning.probability);
  });

  it('leaves it alone when no neighbour is flagged', () => {
    assert.equal(toneInContext(leaning, [plain, plain]), leaning);
    assert.equal(toneInContext(leaning, []), leaning);
  });

  it('leaves a sentence below the context threshold alone, whatever its neighbours', () => {
    assert.equal(toneInContext(below, [flagged, flagged]), below);
  });

  it('keeps a sentence flagged on its own as it is, not marked as flagged beside another', () => {
    const read = toneInContext(flagged, [flagged]);
    assert.equal(read, flagged);
    assert.equal(read.beside, undefined);
  });

  describe('in a draft', () => {
    const setUp = 'I note that your letter arrives eleven weeks after my final interview.';
    const sting = "I trust the firm meets its clients' deadlines with rather more urgency.";
    const draft = (body: string): string => `Dear Mr. Haldane,\n\nThank you for your letter.\n\n${body}\n`;
    const toneFindings = (text: string): string[] =>
      check(text).filter((f) => f.ruleId === 'negative-tone').map((f) => `${text.slice(f.span.start, f.span.end)} | ${f.message}`);

    it('flags the pointed sentence beside a flagged one, and says why', () => {
      const found = toneFindings(draft(`${setUp} ${sting}`));
      assert.equal(found.length, 2, found.join('\n'));
      assert.ok(found[1].startsWith(`${sting} | This sentence reads as part of the ungracious sentence beside it.`), found[1]);
    });

    it('leaves the same sentence alone after a thank-you', () => {
      assert.deepEqual(toneFindings(draft(sting)), []);
    });
  });
});
