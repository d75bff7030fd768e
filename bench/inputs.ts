// The benchmark's inputs, the same for every contender: one typical draft (~250 words, with a list, a link, a quote
// and a placeholder), and documents of a given size made of varied email prose, the labelled corpora in a fixed order.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

export const MB = 1_000_000;

const CORPORA = ['test/corpus/dev-1', 'test/corpus/dev-2', 'test/corpus/dev-3', 'test/corpus/dev-4', 'test/corpus/heldout', '../shared/corpus'];

export function typicalDraft(): string {
  return fs.readFileSync(path.join(ROOT, 'bench', 'draft.email.md'), 'utf8');
}

function corpusDrafts(): string[] {
  return CORPORA.map((dir) => path.join(ROOT, dir))
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim()));
}

/** Whole drafts, one after another with a blank line between, cycling through the corpora, up to `bytes` of UTF-8. */
export function proseDocument(bytes: number): string {
  const drafts = corpusDrafts();
  if (drafts.length === 0) throw new Error('no corpus drafts found under test/corpus');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const next = drafts[i % drafts.length] + '\n\n';
    const length = Buffer.byteLength(next);
    if (size + length > bytes) break;
    parts.push(next);
    size += length;
  }
  return parts.join('');
}
