// Reads an input into text. Drafts are UTF-8; a byte-order mark is dropped, as editors drop it, so columns match
// the editor's. UTF-16 with a BOM (what Windows Notepad saves) is decoded too. Invalid UTF-8 becomes U+FFFD,
// never an error. Files with NUL bytes near the start are binary (git's test) and are skipped with a note.
import * as fs from 'node:fs';
import type { Input } from './inputs';
import type { NoticeSink } from './notices';

const SNIFF_BYTES = 8000;

function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The text of `bytes`, or undefined when they look binary. */
function decodeText(bytes: Uint8Array): string | undefined {
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8' && bytes.subarray(0, SNIFF_BYTES).includes(0)) return undefined;
  return new TextDecoder(encoding).decode(bytes);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The input's text, or undefined after telling `notices` why there is none. */
export async function readInput(input: Input, shownAs: string, notices: NoticeSink): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = input.kind === 'stdin' ? await readStdin() : fs.readFileSync(input.path);
  } catch (e) {
    notices.fail(`cannot read ${shownAs}: ${(e as Error).message}`);
    return undefined;
  }
  const text = decodeText(bytes);
  if (text === undefined) notices.warn(`skipped ${shownAs}: it looks like a binary file (it has NUL bytes)`);
  return text;
}
