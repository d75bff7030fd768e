// `npm run eval` scores two or more held-out splits once more as one corpus, `heldout-all`, and guards its floor.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCliOnce } from '../cli/harness';

const EVAL = path.resolve(__dirname, '../../dist/eval.js');
const GRACIOUS = 'Dear Ms. Patel,\n\nThank you for your time. Could you tell me how my case study came across? Please keep me in mind for future roles.\n\nBest,\nSam\n';
const BARE = 'Hello,\n\nOk.\n';

function corpus(root: string, name: string, text: string, label: object): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a.email.md'), text);
  fs.writeFileSync(path.join(dir, 'labels.json'), JSON.stringify([{ file: 'a.email.md', placeholders: [], negative: [], note: '', ...label }]));
  return dir;
}

function runEval(args: string[]): { code: number | null; json?: { dir: string; drafts: number; rules: Record<string, { tp: number; fp: number; fn: number }> }[]; stderr: string } {
  const run = spawnSync(process.execPath, [EVAL, ...args], { encoding: 'utf8' });
  return { code: run.status, json: args.includes('--json') ? JSON.parse(run.stdout) : undefined, stderr: run.stderr };
}

describe('eval: the held-out splits pooled', () => {
  let root: string;
  const named = { gratitude: true, feedback: 'specific', interest: true, greeting: 'named' };
  before(() => {
    buildCliOnce();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'gracious-eval-'));
    corpus(root, 'heldout', GRACIOUS, named);
    // Labelled as gracious though it is not: every document rule misses here, so the pooled counts add up visibly.
    corpus(root, 'heldout-2', BARE, named);
    corpus(root, 'dev-1', BARE, { gratitude: false, feedback: 'none', interest: false, greeting: 'generic' });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('adds heldout-all with the summed counts of the held-out splits only', () => {
    const { json } = runEval([path.join(root, 'heldout'), path.join(root, 'heldout-2'), path.join(root, 'dev-1'), '--json']);
    const pooled = json!.find((r) => r.dir === 'heldout-all');
    assert.ok(pooled);
    assert.equal(pooled.drafts, 2);
    for (const id of ['gratitude-missing', 'feedback-missing', 'interest-missing', 'greeting-generic']) {
      const [one, two] = ['heldout', 'heldout-2'].map((name) => json!.find((r) => path.basename(r.dir) === name)!.rules[id]);
      assert.deepEqual(
        { tp: pooled.rules[id].tp, fp: pooled.rules[id].fp, fn: pooled.rules[id].fn },
        { tp: one.tp + two.tp, fp: one.fp + two.fp, fn: one.fn + two.fn },
        id,
      );
    }
    assert.equal(pooled.rules['gratitude-missing'].fp, 1);
  });

  it('does not pool a single split', () => {
    const { json } = runEval([path.join(root, 'heldout'), path.join(root, 'dev-1'), '--json']);
    assert.deepEqual(json!.map((r) => path.basename(r.dir)), ['heldout', 'dev-1']);
  });

  it('fails when the pooled set falls below its floor', () => {
    const floors = path.join(root, 'floors.json');
    fs.writeFileSync(floors, JSON.stringify({ 'heldout-all': { 'gratitude-missing': { precision: 0.9, recall: 0.9 } } }));
    const { code, stderr } = runEval([path.join(root, 'heldout'), path.join(root, 'heldout-2'), '--floors', floors]);
    assert.equal(code, 1);
    assert.match(stderr, /below floor: heldout-all gratitude-missing: precision 0\.000 < floor 0\.9/);
  });
});
