// Walks every entry of the cue lists: each is well-formed, documented, alive (it matches some sentence of the
// labelled corpora) and, for a tone cue strong enough to flag a sentence alone, usually right where it fires.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normaliseSentence, type Cue } from '../../server/src/core/cues';
import { buildDraft } from '../../server/src/core/draft';
import { FEEDBACK_TOPICS, NOT_FEEDBACK, OFFERS_FEEDBACK, REQUEST_FRAMES, SPECIFIC_AREAS } from '../../server/src/rules/data/feedback';
import { GRATITUDE_CUES, NOT_GRATITUDE } from '../../server/src/rules/data/gratitude';
import { FUTURE_OPENING, INTEREST_CUES, NOT_INTEREST, NOT_READY, WRITER_READY } from '../../server/src/rules/data/interest';
import { GRACIOUS_FRAMES, TONE_CUES } from '../../server/src/rules/data/tone';
import type { Label } from '../../server/src/eval/score';

const corpusRoot = path.join(__dirname, '..', 'corpus');
// Development corpora only: the held-out split is never used to judge the data it is meant to test.
const corpora = [path.join(__dirname, '..', '..', '..', 'shared', 'corpus'), ...fs.readdirSync(corpusRoot).filter((d) => d.startsWith('dev-')).map((d) => path.join(corpusRoot, d))]
  .filter((d) => fs.existsSync(path.join(d, 'labels.json')));

interface LabelledSentence { text: string; negative: boolean }

function sentences(): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const dir of corpora) {
    for (const label of JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[]) {
      const draft = buildDraft(fs.readFileSync(path.join(dir, label.file), 'utf8'));
      for (const s of draft.sentences) {
        const negative = label.negative.some((n) => {
          const at = draft.text.indexOf(n);
          return at >= 0 && at < s.end && s.start < at + n.length;
        });
        out.push({ text: normaliseSentence(s.text), negative });
      }
    }
  }
  return out;
}

const lists: Record<string, readonly Cue[]> = {
  TONE_CUES, GRACIOUS_FRAMES, GRATITUDE_CUES, NOT_GRATITUDE, INTEREST_CUES, NOT_INTEREST, FUTURE_OPENING, WRITER_READY, NOT_READY,
  REQUEST_FRAMES, FEEDBACK_TOPICS, SPECIFIC_AREAS, NOT_FEEDBACK, OFFERS_FEEDBACK,
};

describe('cue data', () => {
  const labelled = sentences();

  it('reads labelled sentences from the development corpora', () => {
    assert.ok(labelled.length > 1000, `${labelled.length} sentences`);
  });

  for (const [name, cues] of Object.entries(lists)) {
    describe(name, () => {
      cues.forEach((cue, i) => {
        it(`entry ${i}: lower case, documented, and matches some labelled sentence`, () => {
          // Sentences are lower-cased before matching, so an upper-case literal could never match.
          assert.doesNotMatch(cue.pattern.replace(/\\[A-Za-z]/g, ''), /[A-Z]/, cue.pattern);
          assert.ok(cue.note.length >= 10, `note for ${cue.pattern}`);
          const re = new RegExp(cue.pattern);
          if (cue.example !== undefined) assert.match(cue.example, re, 'its example');
          else assert.ok(labelled.some((s) => re.test(s.text)), `no labelled sentence (and no example) matches ${cue.pattern}`);
        });
      });
    });
  }

  describe('tone cues strong enough to flag a sentence alone', () => {
    for (const cue of TONE_CUES.filter((c) => c.weight >= 1)) {
      it(`is right at least 80% of the time: ${cue.note}`, () => {
        const re = new RegExp(cue.pattern);
        const hits = labelled.filter((s) => re.test(s.text));
        const right = hits.filter((s) => s.negative).length;
        if (hits.length === 0) assert.ok(cue.example, `${cue.pattern} fires on no labelled sentence and has no example`);
        else assert.ok(right / hits.length >= 0.8, `${right}/${hits.length} negative for ${cue.pattern}`);
      });
    }
  });
});
