// Records the quality floors CI guards: per corpus and rule, the measured precision and recall less a small
// margin (0.02), so that quality only moves up. Run after a change that raises the numbers:
//   node scripts/record-floors.mjs DIR…   (writes test/corpus/floors.json)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const MARGIN = 0.02;
// The held-out splits pooled (eval's heldout-all) hold over a thousand drafts: one sentence moves them far less.
const POOLED_MARGIN = 0.01;
const results = JSON.parse(execFileSync('node', ['dist/eval.js', ...process.argv.slice(2), '--json'], { encoding: 'utf8' }));
const floors = {};
for (const corpus of results) {
  const key = path.basename(path.resolve(corpus.dir));
  const margin = key === 'heldout-all' ? POOLED_MARGIN : MARGIN;
  floors[key] = Object.fromEntries(Object.entries(corpus.rules).map(([id, s]) => [id, {
    precision: Math.max(0, Number((Math.floor(s.precision * 100) / 100 - margin).toFixed(2))),
    recall: Math.max(0, Number((Math.floor(s.recall * 100) / 100 - margin).toFixed(2))),
  }]));
}
fs.writeFileSync('test/corpus/floors.json', JSON.stringify(floors, null, 1) + '\n');
console.log(`floors recorded for ${Object.keys(floors).join(', ')}`);
