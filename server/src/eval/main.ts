// npm run eval -- DIR [DIR…] [--json] [--verbose] [--floors FILE]
// Prints per-rule true/false positives, false negatives, precision, recall and F1, then the macro F1.
// With --floors, exits 1 when any rule's precision or recall in any DIR falls below the recorded floor.
// When two or more held-out splits are given, they are also scored as one corpus, `heldout-all`: the held-out set
// whose targets the issue sets, and a floor that one shuffled sentence in a small split cannot trip by chance.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyScores, isHeldOut, ratios, scoreDraft, SCORED_RULES, type Label, type Miss, type RuleScore } from './score';

interface CorpusResult {
  dir: string;
  drafts: number;
  scores: Record<string, RuleScore>;
  misses: Miss[];
}

function evaluate(dir: string): CorpusResult {
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
  const scores = emptyScores();
  const misses: Miss[] = [];
  for (const label of labels) scoreDraft(fs.readFileSync(path.join(dir, label.file), 'utf8'), label, scores, misses);
  return { dir, drafts: labels.length, scores, misses };
}

function table(result: CorpusResult): string {
  const rows = [`${result.dir} (${result.drafts} drafts)`, 'rule                  tp   fp   fn  precision  recall    f1'];
  let f1Sum = 0;
  for (const id of SCORED_RULES) {
    const s = result.scores[id];
    const r = ratios(s);
    f1Sum += r.f1;
    rows.push(`${id.padEnd(20)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3)}`);
  }
  rows.push(`macro F1 ${(f1Sum / SCORED_RULES.length).toFixed(3)}`);
  return rows.join('\n');
}

const POOLED_HELD_OUT = 'heldout-all';

/** The held-out splits among `results` scored as one corpus, if there are two or more of them. */
function pooledHeldOut(results: CorpusResult[]): CorpusResult | undefined {
  const splits = results.filter((r) => isHeldOut(r.dir));
  if (splits.length < 2) return undefined;
  const scores = emptyScores();
  for (const split of splits) {
    for (const id of SCORED_RULES) for (const count of ['tp', 'fp', 'fn'] as const) scores[id][count] += split.scores[id][count];
  }
  // Its misses are listed under each split already.
  return { dir: POOLED_HELD_OUT, drafts: splits.reduce((n, r) => n + r.drafts, 0), scores, misses: [] };
}

type Floors = Record<string, Record<string, { precision: number; recall: number }>>;

function belowFloors(results: CorpusResult[], floors: Floors): string[] {
  const failures: string[] = [];
  for (const result of results) {
    const key = path.basename(path.resolve(result.dir));
    for (const [id, floor] of Object.entries(floors[key] ?? {})) {
      const r = ratios(result.scores[id]);
      if (r.precision + 1e-9 < floor.precision) failures.push(`${key} ${id}: precision ${r.precision.toFixed(3)} < floor ${floor.precision}`);
      if (r.recall + 1e-9 < floor.recall) failures.push(`${key} ${id}: recall ${r.recall.toFixed(3)} < floor ${floor.recall}`);
    }
  }
  return failures;
}

function main(argv: string[]): number {
  const dirs = argv.filter((a) => !a.startsWith('--') && !argv[argv.indexOf(a) - 1]?.startsWith('--floors'));
  const floorsAt = argv.indexOf('--floors');
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run eval -- DIR [DIR…] [--json] [--verbose] [--floors FILE]\n');
    return 2;
  }
  const results = dirs.map(evaluate);
  const pooled = pooledHeldOut(results);
  if (pooled) results.push(pooled);
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify(results.map((r) => ({
      dir: r.dir, drafts: r.drafts,
      rules: Object.fromEntries(SCORED_RULES.map((id) => [id, { ...r.scores[id], ...ratios(r.scores[id]) }])),
      misses: argv.includes('--verbose') ? r.misses : undefined,
    })), null, 2) + '\n');
  } else {
    for (const r of results) {
      process.stdout.write(table(r) + '\n');
      if (argv.includes('--verbose')) {
        for (const m of r.misses) process.stdout.write(`  ${m.kind === 'false-positive' ? 'FP' : 'FN'} ${m.ruleId.padEnd(20)} ${m.file}  ${m.text}\n`);
      }
      process.stdout.write('\n');
    }
  }
  if (floorsAt >= 0) {
    const failures = belowFloors(results, JSON.parse(fs.readFileSync(argv[floorsAt + 1], 'utf8')) as Floors);
    for (const f of failures) process.stderr.write(`below floor: ${f}\n`);
    if (failures.length) return 1;
    process.stderr.write('every rule at or above its floor\n');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
