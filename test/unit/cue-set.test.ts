// CueSet answers "does any entry match?" with one alternation of all its entries. These tests pin that the
// shortcut means exactly what matching entry by entry means, for every cue list that ships.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CueSet, normaliseSentence, type Cue } from '../../server/src/core/cues';
import * as feedbackData from '../../server/src/rules/data/feedback';
import * as gratitudeData from '../../server/src/rules/data/gratitude';
import * as interestData from '../../server/src/rules/data/interest';
import * as toneData from '../../server/src/rules/data/tone';

const cueLists = Object.entries({ ...feedbackData, ...gratitudeData, ...interestData, ...toneData })
  .filter((entry): entry is [string, Cue[]] => Array.isArray(entry[1]) && typeof entry[1][0]?.pattern === 'string');

// Development corpora only, as the cue-data tests: the held-out splits judge the checks, not their data.
const corpusRoot = path.join(__dirname, '..', 'corpus');
const corpora = [path.join(__dirname, '..', '..', '..', 'shared', 'corpus'), ...fs.readdirSync(corpusRoot).filter((d) => d.startsWith('dev-')).map((d) => path.join(corpusRoot, d))];
const sentences = corpora.filter((dir) => fs.existsSync(dir))
  .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.email.md')).map((f) => path.join(dir, f)))
  .flatMap((file) => fs.readFileSync(file, 'utf8').split(/(?<=[.!?])\s+|\n+/))
  .map(normaliseSentence)
  .filter(Boolean);

describe('cue sets', () => {
  it('has cue lists and sentences to compare on', () => {
    assert.ok(cueLists.length >= 10, `${cueLists.length} lists`);
    assert.ok(sentences.length > 10_000, `${sentences.length} sentences`);
  });

  for (const [name, cues] of cueLists) {
    it(`${name}: test() and matches() agree with matching entry by entry`, () => {
      const set = new CueSet(cues);
      const each = cues.map((cue) => new RegExp(cue.pattern));
      let matched = 0;
      for (const sentence of sentences) {
        const expected = cues.filter((_cue, i) => each[i].test(sentence));
        assert.equal(set.test(sentence), expected.length > 0, sentence);
        assert.deepEqual(set.matches(sentence).map((m) => m.cue), expected, sentence);
        if (expected.length) matched++;
      }
      assert.ok(matched > 0, `${name}: no sentence matched, so the comparison says nothing`);
    });
  }

  it('matches nothing when empty', () => {
    const empty = new CueSet([]);
    assert.equal(empty.test('anything at all'), false);
    assert.deepEqual(empty.matches('anything at all'), []);
  });

  it('keeps anchors and alternatives inside their own entry', () => {
    const set = new CueSet([{ pattern: '^well|fine$', note: '' }, { pattern: 'b', note: '' }]);
    assert.equal(set.test('oh well'), false);
    assert.equal(set.test('well then'), true);
    assert.equal(set.test('fine then'), false);
    assert.deepEqual(set.matches('a b fine').map((m) => m.cue.pattern), ['^well|fine$', 'b']);
  });

  it('passes over the occurrences it is told to, and finds a later one', () => {
    const set = new CueSet([{ pattern: 'rude|disorganised', note: '' }]);
    const skipFirst = (_cue: unknown, index: number): boolean => index > 11;
    const [match] = set.matches('no one was rude, but it felt disorganised', skipFirst);
    assert.equal(match.index, 29);
    assert.equal(match.count, 1);
    assert.deepEqual(set.matches('no one was rude', skipFirst), []);
    assert.equal(set.matches('rude and disorganised')[0].count, 2);
  });

  it('ends on an entry that can match nothing, even when every occurrence is passed over', () => {
    const set = new CueSet([{ pattern: 'x*', note: '' }]);
    assert.deepEqual(set.matches('abc', () => false), []);
  });
});

describe('normaliseSentence', () => {
  it('lower-cases, straightens quotes and folds white space', () => {
    assert.equal(normaliseSentence('  I’m  “Glad”\n to Hear '), `i'm "glad" to hear`);
  });
  it('spells texting forms out as whole words', () => {
    assert.equal(normaliseSentence('id still wanna work here if u have anything, pls lmk'), "i'd still want to work here if you have anything, please lmk");
    assert.equal(normaliseSentence('Im sure ur team didnt mean it'), "i'm sure your team didn't mean it");
  });
  it('leaves words that only look like texting forms', () => {
    assert.equal(normaliseSentence('My ID badge is ill-fitting; umbrella, user, Ivy.'), 'my id badge is ill-fitting; umbrella, user, ivy.');
  });
});
