// Copy as Plain-Text Email: what a mail client receives for each kind of Markdown a draft may hold.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { toPlainText } from '../../client/src/plainText';

const cases: readonly (readonly [string, string, string])[] = [
  ['keeps the author\'s line breaks', 'Best wishes,\nHannah Cole\n', 'Best wishes,\nHannah Cole\n'],
  ['separates paragraphs with one blank line', 'One.\n\n\n\nTwo.', 'One.\n\nTwo.\n'],
  ['drops YAML front matter', '---\nto: Ann Lee\nrole: Analyst\n---\n\nDear Ann,\n', 'Dear Ann,\n'],
  ['keeps a leading --- that is a rule, not front matter', 'Dear Ann,\n\n---\n\nBye', 'Dear Ann,\n\n----------\n\nBye\n'],
  ['drops HTML comments, inline and as blocks', 'Hi Ann,<!-- x -->\n\n<!-- gracious-disable negative-tone -->\n\nThanks.', 'Hi Ann,\n\nThanks.\n'],
  ['drops emphasis marks', 'I **really** enjoyed _the_ ~~day~~ visit.', 'I really enjoyed the day visit.\n'],
  ['writes a link as text (url)', 'See [my portfolio](https://example.com/p).', 'See my portfolio (https://example.com/p).\n'],
  ['writes an autolink once', 'At <https://example.com> or <ann@example.com>.', 'At https://example.com or ann@example.com.\n'],
  ['writes an image as alt (src)', '![Chart](chart.png)', 'Chart (chart.png)\n'],
  ['keeps code as its text', 'Use `git` daily.\n\n```\nline one\nline two\n```', 'Use git daily.\n\nline one\nline two\n'],
  ['writes headings as their text', '# Notes\n\nBody.', 'Notes\n\nBody.\n'],
  ['writes a tight list as "- " lines', 'Areas:\n\n- SQL\n- slides\n\nThanks.', 'Areas:\n\n- SQL\n- slides\n\nThanks.\n'],
  ['numbers an ordered list from its start', '3. c\n4. d', '3. c\n4. d\n'],
  ['indents a nested list under its item', '- a\n  - b\n- c', '- a\n  - b\n- c\n'],
  ['indents an item\'s second line', '- first line\n  second line', '- first line\n  second line\n'],
  ['keeps a loose list loose', '- a\n\n- b', '- a\n\n- b\n'],
  ['keeps blockquotes as "> " lines, blank lines as ">"', 'Mine.\n\n> Dear Dan,\n>\n> No.\n\nEnd.', 'Mine.\n\n> Dear Dan,\n>\n> No.\n\nEnd.\n'],
  ['quotes a list inside a quote', '> - x\n> - y', '> - x\n> - y\n'],
  ['numbers footnotes and puts their text at the end', 'Text.[^n] More.\n\n[^n]: The note.', 'Text.[1] More.\n\n[1] The note.\n'],
  ['writes a table row per line', '| a | b |\n|---|---|\n| 1 | 2 |', 'a | b\n1 | 2\n'],
  ['turns <br> into a line break and drops other tags', 'One<br>two <b>three</b>', 'One\ntwo three\n'],
  ['decodes entities and escapes', 'Fish &amp; chips \\*not emphasis\\*', 'Fish & chips *not emphasis*\n'],
  ['drops a byte order mark', '\uFEFFDear Ann,', 'Dear Ann,\n'],
];

describe('client: toPlainText', () => {
  for (const [name, markdown, text] of cases) {
    it(name, () => assert.equal(toPlainText(markdown), text));
  }

  it('renders the front-matter example as a mail client wants it', () => {
    const markdown = readFileSync(path.join(__dirname, '../../examples/front-matter.email.md'), 'utf8');
    const text = toPlainText(markdown);
    assert.ok(text.startsWith('Dear Mr. Whitfield,\n\nThank you'), text);
    assert.ok(text.includes('on my teaching site (https://hannahcole.net/teaching/coasts)'), text);
    assert.ok(text.endsWith('Hannah Cole\n\n[1] This is the version I taught from, with my notes from the day added in blue.\n'), text);
  });
});
