// In-process figures: the checking core on a typical draft and on documents of growing size, beside the floor
// (one plain scan) and the other checkers, all on the same texts in the same run.
import { buildDraft, check } from '../server/src/core';
import type { Contender } from './contenders';
import { scan } from './floor';
import { MB, proseDocument } from './inputs';
import { timeAsync, timeSync, type Summary } from './stats';

export const SIZES_MB = [0.25, 0.5, 1, 2] as const;

export interface SizeRun {
  readonly megabytes: number;
  readonly check: Summary;
  /** Throughput of check, in MB (10^6 bytes of UTF-8) per second, from the median. */
  readonly mbPerSecond: number;
}

export interface InProcessResults {
  readonly draftCheck: Summary;
  readonly draftParse: Summary;
  readonly draftFloor: Summary;
  readonly sizes: readonly SizeRun[];
  readonly parseOneMb: Summary;
  readonly floorOneMb: Summary;
}

export interface ContenderResults {
  readonly name: string;
  readonly draft: Summary;
  readonly oneMb: Summary;
}

const throughput = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

export function measureCore(draft: string): InProcessResults {
  const draftCheck = timeSync(() => check(draft), 300, 2000);
  const draftParse = timeSync(() => buildDraft(draft), 300, 2000);
  const draftFloor = timeSync(() => scan(draft), 1000, 2000);
  const sizes = SIZES_MB.map((megabytes) => {
    const text = proseDocument(megabytes * MB);
    const summary = timeSync(() => check(text), 1, megabytes > 1 ? 3 : 5);
    return { megabytes, check: summary, mbPerSecond: throughput(Buffer.byteLength(text), summary.median) };
  });
  const oneMb = proseDocument(MB);
  return {
    draftCheck,
    draftParse,
    draftFloor,
    sizes,
    parseOneMb: timeSync(() => buildDraft(oneMb), 2, 7),
    floorOneMb: timeSync(() => scan(oneMb), 5, 21),
  };
}

/**
 * The other checkers take from seconds (write-good) to over a minute (harper.js) on 1 MB, so that figure is one run
 * after the warm-up on the draft; the draft figure is a median like every other.
 */
export async function measureContender(contender: Contender, draft: string): Promise<ContenderResults> {
  const oneMb = proseDocument(MB);
  return {
    name: contender.name,
    draft: await timeAsync(() => contender.check(draft), 5, 40),
    oneMb: await timeAsync(() => contender.check(oneMb), 0, 1),
  };
}

export { throughput };
