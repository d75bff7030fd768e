import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ruleById } from '../../server/src/rules';
import { DRAFT_WITH_PLACEHOLDER, PLACEHOLDER } from './helpers/drafts';
import { useServer } from './helpers/session';

describe('protocol: hover', () => {
  const client = useServer();
  const uri = 'file:///gracious-test/hover/draft.email.md';
  const placeholderLine = 2;
  const placeholderCharacter = DRAFT_WITH_PLACEHOLDER.split('\n')[placeholderLine].indexOf(PLACEHOLDER);
  const hover = (line: number, character: number) =>
    client().request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });

  before(async () => {
    await client().open(uri, DRAFT_WITH_PLACEHOLDER);
    await client().diagnostics(uri, 1);
  });

  it('explains the finding under the cursor: guidance, a good example and the docs link', async () => {
    const result = await hover(placeholderLine, placeholderCharacter + 3);
    const rule = ruleById('placeholder-unfilled')!;
    const { kind, value } = result?.contents as MarkupContent;
    assert.equal(kind, 'markdown');
    assert.ok(value.includes('`placeholder-unfilled`'), value);
    assert.ok(value.includes(rule.guidance), value);
    assert.ok(value.includes(`> ${rule.example}`), value);
    assert.ok(value.includes('(https://github.com/gracious-dev/gracious/blob/main/docs/rules/placeholder-unfilled.md)'), value);
    assert.deepEqual(result?.range, {
      start: { line: placeholderLine, character: placeholderCharacter },
      end: { line: placeholderLine, character: placeholderCharacter + PLACEHOLDER.length },
    });
  });

  it('explains every finding that shares the place', async () => {
    const { value } = (await hover(0, 2))?.contents as MarkupContent;
    assert.ok(value.includes('`greeting-generic`') && value.includes('`feedback-missing`'), value);
  });

  it('answers null where there is no finding', async () => {
    assert.equal(await hover(4, 1), null);
  });
});
