// A Markdown draft as the plain text a mail client takes: no front matter, no HTML comments, no emphasis marks;
// blockquotes as "> " lines, links as "text (url)", lists as "- " lines, footnotes as [1] with their text at the
// end. The author's own line breaks are kept, since an email is read as it was typed. Pure (no editor), so it is
// tested on its own.
import MarkdownIt, { type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';

// Parsed as the checking core parses it (server/src/core/markdown.ts), so both read the same structure.
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(footnote);

// The same fences the core recognises (server/src/core/frontMatter.ts); the YAML itself is not needed here.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>/g;
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
const RULE = '----------';

type Frame =
  | { readonly kind: 'quote' }
  | { readonly kind: 'list'; readonly ordered: boolean; next: number }
  | { readonly kind: 'item'; readonly marker: string; started: boolean };

export function toPlainText(markdown: string): string {
  const match = FRONT_MATTER.exec(markdown);
  const body = match && match.index === 0 ? markdown.slice(match[0].length) : markdown.replace(/^\uFEFF/, '');
  return new Renderer().render(md.parse(body, {}));
}

class Renderer {
  private readonly lines: string[] = [];
  private readonly frames: Frame[] = [];
  private blankBefore = false;
  /** No blank line is written at the start or twice in a row. */
  private lastBlank = true;

  render(tokens: readonly Token[]): string {
    for (let i = 0; i < tokens.length; i++) i = this.block(tokens, i);
    const text = this.lines.map((line) => line.trimEnd()).join('\n');
    return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
  }

  /** Handles the block token at `i` and returns the index of the last token it consumed. */
  private block(tokens: readonly Token[], i: number): number {
    const token = tokens[i]!;
    switch (token.type) {
      case 'blockquote_open':
        this.separate();
        this.frames.push({ kind: 'quote' });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        // A list nested in an item follows the item's own spacing; any other list stands apart.
        if (this.frames.at(-1)?.kind !== 'item') this.separate();
        this.frames.push({ kind: 'list', ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'list_item_open': {
        const list = this.frames.at(-1);
        const marker = list?.kind === 'list' && list.ordered ? `${list.next++}.` : '-';
        this.frames.push({ kind: 'item', marker, started: false });
        break;
      }
      case 'footnote_block_open':
        this.separate();
        break;
      case 'footnote_open':
        this.frames.push({ kind: 'item', marker: `[${Number(token.meta?.id ?? 0) + 1}]`, started: false });
        break;
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'footnote_close':
        this.frames.pop();
        // After a whole quote or list comes a blank line, unless it was nested in an item (the item's list says);
        // between a tight list's items, none.
        if (token.type !== 'list_item_close' && token.type !== 'footnote_close' && this.frames.at(-1)?.kind !== 'item') this.blankBefore = true;
        break;
      case 'paragraph_open':
        this.emit(inlineText(tokens[i + 1]!), !token.hidden);
        return i + 2;
      case 'heading_open':
        this.emit(inlineText(tokens[i + 1]!), true);
        return i + 2;
      case 'fence':
      case 'code_block':
        this.emit(token.content.replace(/\n$/, ''), true);
        break;
      case 'hr':
        this.emit(RULE, true);
        break;
      case 'html_block': {
        const text = token.content.replace(HTML_COMMENT, '').replace(HTML_TAG, '').trim();
        if (text) this.emit(text, true);
        break;
      }
      case 'table_open':
        return this.table(tokens, i);
      default:
        break;
    }
    return i;
  }

  private table(tokens: readonly Token[], i: number): number {
    const rows: string[] = [];
    let cells: string[] = [];
    for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
      const token = tokens[i]!;
      if (token.type === 'inline') cells.push(inlineText(token));
      if (token.type === 'tr_close') {
        rows.push(cells.join(' | '));
        cells = [];
      }
    }
    this.emit(rows.join('\n'), true);
    return i;
  }

  /** A blank line now, under the current quotes: before a quote, list or footnotes opens. */
  private separate(): void {
    if (!this.lastBlank) this.lines.push(this.prefix(false, true));
    this.lastBlank = true;
    this.blankBefore = false;
  }

  /** Writes a block's lines under the current quotes and list markers; a `loose` block is followed by a blank line. */
  private emit(text: string, loose: boolean): void {
    if (this.blankBefore) this.separate();
    for (const line of text.split('\n')) this.lines.push(this.prefix(true, false) + line);
    this.lastBlank = false;
    this.blankBefore = loose;
  }

  private prefix(advance: boolean, blank: boolean): string {
    let prefix = '';
    for (const frame of this.frames) {
      if (frame.kind === 'quote') prefix += '> ';
      if (frame.kind !== 'item') continue;
      if (blank) prefix += ' '.repeat(frame.marker.length + 1);
      else if (frame.started) prefix += ' '.repeat(frame.marker.length + 1);
      else {
        prefix += `${frame.marker} `;
        if (advance) frame.started = true;
      }
    }
    return blank ? prefix.trimEnd() : prefix;
  }
}

function inlineText(inline: Token): string {
  let text = '';
  const links: { href: string; start: number }[] = [];
  for (const child of inline.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        text += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += '\n';
        break;
      case 'link_open':
        links.push({ href: String(child.attrGet('href') ?? ''), start: text.length });
        break;
      case 'link_close': {
        const link = links.pop();
        if (link) text += linkSuffix(text.slice(link.start), link.href);
        break;
      }
      case 'image': {
        const src = String(child.attrGet('src') ?? '');
        text += child.content ? `${child.content} (${src})` : src;
        break;
      }
      case 'html_inline':
        if (LINE_BREAK_TAG.test(child.content)) text += '\n';
        break;
      case 'footnote_ref':
        text += `[${Number(child.meta?.id ?? 0) + 1}]`;
        break;
      default:
        break;
    }
  }
  return text;
}

/** " (url)" after a link's text, unless the text already is the address (autolinks, mailto:). */
function linkSuffix(linkText: string, href: string): string {
  if (!href || href === linkText || href === `mailto:${linkText}` || href === `http://${linkText}` || href === `https://${linkText}`) return '';
  return ` (${href})`;
}
