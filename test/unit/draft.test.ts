import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/core/draft';

/** The prose view with blanked runs collapsed, for readable expectations. */
const proseWords = (text: string): string => buildDraft(text).prose.replace(/\s+/g, ' ').trim();

describe('prose view', () => {
  it('has the same length as the text, so offsets are shared', () => {
    const text = '---\nto: Ana\n---\n\nDear Ana,\r\n\r\n> Quoted\r\n\r\nThanks 😀 for `code` and [a link](http://x.y).\r\n';
    const draft = buildDraft(text);
    assert.equal(draft.prose.length, text.length);
  });

  it('leaves out front matter, blockquotes, code, HTML comments and link destinations', () => {
    const text = [
      '---', 'to: Derek Holloway', 'mood: annoyed', '---', '',
      'Dear Derek,', '',
      '> Dear Carla, thank you for applying.', '',
      '<!-- note to self: this was unfair -->', '',
      'See [my site](https://example.com "title") and `ROW_NUMBER()` here.', '',
      '```', 'unfair();', '```', '',
    ].join('\n');
    assert.equal(proseWords(text), 'Dear Derek, See my site and here.');
  });

  it('keeps link labels but blanks reference destinations and their definitions', () => {
    const text = 'Read [my article][1] today.\n\n[1]: https://example.com/a\n';
    assert.equal(proseWords(text), 'Read my article today.');
  });

  it('leaves out footnote references and definitions', () => {
    const text = 'I led the launch[^1] last year.\n\n[^1]: It was a big one.\n';
    assert.equal(proseWords(text), 'I led the launch last year.');
  });

  it('blanks list markers and task boxes but keeps their text', () => {
    const text = '- [ ] Thank Dana\n- [x] Ask about the SQL round\n1. **Bold** item\n';
    assert.equal(proseWords(text), 'Thank Dana Ask about the SQL round Bold item');
  });

  it('blanks emphasis marks and backslash escapes', () => {
    // Each backslash becomes a space; the escaped asterisks are the author's.
    assert.equal(proseWords('I *really* enjoyed \\*it\\*.'), 'I really enjoyed *it *.');
  });

  it('records HTML comments with their offsets, in blocks and inline', () => {
    const text = '<!-- gracious-disable negative-tone -->\nHi Ana, <!-- inline --> there.\n';
    const draft = buildDraft(text);
    assert.deepEqual(draft.comments.map((c) => text.slice(c.start, c.end)), ['<!-- gracious-disable negative-tone -->', '<!-- inline -->']);
  });

  it('maps sentences to the exact source offsets inside nested lists and after emoji', () => {
    const text = 'Dear Ana,\n\n- Intro 😀 line.\n  - Nested item with thanks.\n';
    const draft = buildDraft(text);
    const nested = draft.sentences.find((s) => s.text.startsWith('Nested'))!;
    assert.equal(text.slice(nested.start, nested.end), 'Nested item with thanks.');
    const intro = draft.sentences.find((s) => s.text.startsWith('Intro'))!;
    assert.equal(text.slice(intro.start, intro.end), 'Intro 😀 line.');
  });

  it('maps offsets with CRLF and CR-only line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `Dear Ana,${eol}${eol}The first line of a wrapped sentence${eol}continues here. Second one.${eol}`;
      const draft = buildDraft(text);
      const second = draft.sentences.find((s) => s.text.startsWith('Second'))!;
      assert.equal(text.slice(second.start, second.end), 'Second one.');
      const first = draft.sentences.find((s) => s.text.startsWith('The first'))!;
      assert.equal(text.slice(first.start, first.end), `The first line of a wrapped sentence${eol}continues here.`);
    }
  });

  it('treats a heading as its own block', () => {
    const draft = buildDraft('## Re: Junior Video Editor ##\n\nHello Camille,\n');
    assert.equal(draft.blocks[0].kind, 'heading');
    assert.equal(draft.text.slice(draft.blocks[0].start, draft.blocks[0].end), 'Re: Junior Video Editor');
  });

  it('parses YAML front matter, and survives YAML that does not parse', () => {
    assert.deepEqual(buildDraft('---\ngracious: true\nto: Ana\n---\nHi\n').frontMatter?.data, { gracious: true, to: 'Ana' });
    const broken = buildDraft('---\nto: [unclosed\n---\nHi Ana,\n');
    assert.ok(broken.frontMatter?.error);
    assert.equal(broken.prose.trim(), 'Hi Ana,');
  });

  it('keeps `<Company>` out of the prose but records it as a tag', () => {
    const text = 'I would love to work at <Company Name> one day.';
    const draft = buildDraft(text);
    assert.deepEqual(draft.tags.map((t) => text.slice(t.start, t.end)), ['<Company Name>']);
  });

  it('handles empty text, NUL bytes and a BOM', () => {
    assert.equal(buildDraft('').sentences.length, 0);
    assert.equal(buildDraft('\ufeffDear Ana,\0\n').prose.length, 12);
  });
});
