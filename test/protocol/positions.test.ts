import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-protocol';
import { useServer } from './helpers/session';

// LSP positions count UTF-16 code units: an emoji outside the Basic Multilingual Plane is two of them.
describe('protocol: positions', () => {
  const client = useServer();

  async function rangeOf(uri: string, text: string, code: string): Promise<Range[]> {
    await client().open(uri, text);
    const { diagnostics } = await client().diagnostics(uri, 1);
    return diagnostics.filter((d) => d.code === code).map((d) => d.range);
  }

  it('places a finding after an emoji on its line at the exact UTF-16 character', async () => {
    // "Dear " is 5 units and 😀 is 2, then a space: [Hiring Manager] spans characters 8 to 24.
    const text = 'Dear 😀 [Hiring Manager],\n\nThank you for your time.\n';
    assert.deepEqual(await rangeOf('file:///gracious-test/positions/emoji.email.md', text, 'placeholder-unfilled'), [
      { start: { line: 0, character: 8 }, end: { line: 0, character: 24 } },
    ]);
  });

  const CRLF_DRAFT = 'Dear Hiring Manager,\r\n\r\nThank you 😀🎉 for meeting me about the [Position] role.\r\n\r\nBest,\r\nSam\r\n';

  it('counts lines across CRLF endings and characters after emoji on a later line', async () => {
    // "Thank you " is 10 units, the two emoji 4, " for meeting me about the " 26: [Position] spans 40 to 50.
    assert.deepEqual(await rangeOf('file:///gracious-test/positions/crlf.email.md', CRLF_DRAFT, 'placeholder-unfilled'), [
      { start: { line: 2, character: 40 }, end: { line: 2, character: 50 } },
    ]);
  });

  it('ends a finding on a CRLF line before the CR', async () => {
    assert.deepEqual(await rangeOf('file:///gracious-test/positions/crlf-greeting.email.md', CRLF_DRAFT, 'greeting-generic'), [
      { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } },
    ]);
  });
});
