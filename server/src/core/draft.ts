// The prose view of a draft, built once per text and shared, frozen, by every rule.
//
// `prose` has the same length as the text, so every offset in it is an offset in the draft: characters that are
// not the author's prose (front matter, blockquotes, code, HTML, link destinations, footnotes, emphasis marks,
// list markers, task boxes) are blanked to spaces, and line breaks are kept.
import type { Token } from 'markdown-it';
import { findFrontMatter, type FrontMatter } from './frontMatter';
import { lineEnd, lineOf, lineStarts } from './lines';
import { markdown, type InlineEnv, type InlineSpan } from './markdown';
import { splitSentences } from './sentences';
import type { Span } from './types';

export type BlockKind = 'paragraph' | 'heading' | 'list-item';

export interface Sentence extends Span {
  /** The sentence's prose, with blanked non-prose as spaces. */
  readonly text: string;
  readonly block: number;
}

export interface Block extends Span {
  readonly kind: BlockKind;
  /** Zero-based line of the block's first character. */
  readonly line: number;
  readonly sentences: readonly Sentence[];
}

/**
 * Markup that is not prose but that some rules read: HTML comments (suppressions), HTML-like tags
 * (`<Company>`), fill-in lines (`________`).
 */
export interface Markup extends Span {
  readonly text: string;
}

export interface Draft {
  readonly text: string;
  readonly prose: string;
  readonly lineStarts: readonly number[];
  readonly frontMatter: FrontMatter | undefined;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly comments: readonly Markup[];
  readonly tags: readonly Markup[];
  readonly blanks: readonly Markup[];
}

// Characters at which a markdown-it inline rule can start; content without any of them is plain text.
const INLINE_SYNTAX = /[`<\[\]\\*_~!^&]/;
const TASK_BOX = /^\[[ xX]\][ \t]/;
const HTML_COMMENT = /^<!--[\s\S]*?-->/;

/** Same-length copy that markdown-it reads as it would the original: one kind of line break, no NUL. */
function normaliseForParser(text: string, frontMatter: FrontMatter | undefined): string {
  let out = text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')).replace(/\0/g, '\ufffd');
  if (out.charCodeAt(0) === 0xfeff) out = ' ' + out.slice(1);
  if (frontMatter) {
    const { start, end } = frontMatter.span;
    out = out.slice(0, start) + blank(out.slice(start, end)) + out.slice(end);
  }
  return out;
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

class ProseBuilder {
  private readonly pieces: string[] = [];
  private done = 0;
  constructor(private readonly text: string) {}

  /** Keeps [start, end) of the text as prose; whatever lay between the last kept range and `start` is blanked. */
  keep(start: number, end: number): void {
    if (start < this.done) start = this.done;
    if (end <= start) return;
    if (start > this.done) this.pieces.push(blank(this.text.slice(this.done, start)));
    this.pieces.push(this.text.slice(start, end));
    this.done = end;
  }

  finish(): string {
    this.keep(this.text.length, this.text.length);
    if (this.done < this.text.length) this.pieces.push(blank(this.text.slice(this.done)));
    return this.pieces.join('');
  }
}

/**
 * Where each line of an inline token's content starts in the source. markdown-it builds a paragraph's content
 * from its lines with container prefixes removed and the whole trimmed, so each content line ends where its
 * source line ends (the last one before trailing white space): the start follows from the lengths alone.
 */
function contentLineStarts(src: string, starts: readonly number[], firstLine: number, contentLines: readonly string[]): number[] {
  return contentLines.map((content, i) => {
    const line = firstLine + i;
    const lineText = src.slice(starts[line], lineEnd(src, starts, line));
    let at = lineText.length - content.length;
    if (at < 0 || !lineText.startsWith(content, at)) at = lineText.trimEnd().length - content.length;
    // An ATX heading's closing #s, or a tab expanded to spaces, break the length arithmetic: there the content
    // starts at its first character after the line's markers, as markdown-it starts it.
    if (at < 0 || !lineText.startsWith(content, at)) at = Math.max(0, lineText.indexOf(content.trimStart()));
    return starts[line] + at;
  });
}

/**
 * Maps an offset in an inline token's content to the source, line by line. A binary search, not a walk over the
 * lines: a paragraph of thousands of lines with a tag on each would otherwise cost lines × tags.
 */
function offsetMapper(contentLines: readonly string[], lineOffsets: readonly number[]): (offset: number) => number {
  const contentStarts: number[] = [];
  let at = 0;
  for (const line of contentLines) {
    contentStarts.push(at);
    at += line.length + 1;
  }
  return (offset) => {
    const line = lineOf(contentStarts, offset);
    return lineOffsets[line] + (offset - contentStarts[line]);
  };
}

/** 1 where a content character is not prose: a recorded inline span, or a list item's task box. */
function nonProseMask(content: string, spans: readonly InlineSpan[], inList: boolean): Uint8Array {
  const mask = new Uint8Array(content.length);
  for (const span of spans) mask.fill(1, span.start, span.end);
  if (inList && TASK_BOX.test(content)) mask.fill(1, 0, 3);
  return mask;
}

/** The runs of prose (mask 0) within [from, to). */
function proseRuns(mask: Uint8Array, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let runStart = -1;
  for (let i = from; i < to; i++) {
    if (mask[i] === 0) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      runs.push([runStart, i]);
      runStart = -1;
    }
  }
  if (runStart >= 0) runs.push([runStart, to]);
  return runs;
}

/** HTML comments in a raw HTML block, located by HTML's own comment syntax. */
function collectComments(src: string, starts: readonly number[], token: Token, into: Markup[]): void {
  const contentLines = token.content.replace(/\n$/, '').split('\n');
  const toSource = offsetMapper(contentLines, contentLineStarts(src, starts, token.map![0], contentLines));
  const content = contentLines.join('\n');
  for (const m of content.matchAll(/<!--[\s\S]*?-->/g)) {
    into.push({ start: toSource(m.index), end: toSource(m.index + m[0].length), text: m[0] });
  }
}

function parseInline(content: string, env: InlineEnv): InlineSpan[] {
  if (!INLINE_SYNTAX.test(content)) return [];
  env.inlineSpans = [];
  markdown.inline.parse(content, markdown, env, []);
  return env.inlineSpans;
}

export function buildDraft(text: string): Draft {
  const frontMatter = findFrontMatter(text);
  const src = normaliseForParser(text, frontMatter);
  const starts = lineStarts(src);
  const env: InlineEnv = { inlineSpans: [] };
  const blockTokens: Token[] = [];
  markdown.block.parse(src, markdown, env, blockTokens);

  const builder = new ProseBuilder(text);
  const blockSpans: { kind: BlockKind; start: number; end: number; line: number }[] = [];
  const comments: Markup[] = [];
  const tags: Markup[] = [];
  const blanks: Markup[] = [];
  let quoteDepth = 0;
  let footnoteDepth = 0;
  let listDepth = 0;
  let headingOpen = false;

  for (const token of blockTokens) {
    switch (token.type) {
      case 'blockquote_open': quoteDepth++; continue;
      case 'blockquote_close': quoteDepth--; continue;
      case 'footnote_reference_open': footnoteDepth++; continue;
      case 'footnote_reference_close': footnoteDepth--; continue;
      case 'bullet_list_open': case 'ordered_list_open': listDepth++; continue;
      case 'bullet_list_close': case 'ordered_list_close': listDepth--; continue;
      case 'heading_open': headingOpen = true; continue;
      case 'heading_close': headingOpen = false; continue;
      case 'html_block': collectComments(src, starts, token, comments); continue;
      case 'inline': break;
      default: continue;
    }
    if (quoteDepth > 0 || footnoteDepth > 0 || !token.map) continue;
    const contentLines = token.content.split('\n');
    const lineOffsets = contentLineStarts(src, starts, token.map[0], contentLines);
    const spans = parseInline(token.content, env);
    const toSource = offsetMapper(contentLines, lineOffsets);
    for (const span of spans) {
      if (span.kind !== 'html' && span.kind !== 'blank') continue;
      const markup = { start: toSource(span.start), end: toSource(span.end), text: token.content.slice(span.start, span.end) };
      (span.kind === 'blank' ? blanks : HTML_COMMENT.test(markup.text) ? comments : tags).push(markup);
    }
    const mask = nonProseMask(token.content, spans, listDepth > 0);
    let blockStart = -1;
    let blockEnd = -1;
    let contentOffset = 0;
    for (let i = 0; i < contentLines.length; i++) {
      const lineLength = contentLines[i].length;
      for (const [a, b] of proseRuns(mask, contentOffset, contentOffset + lineLength)) {
        const s = lineOffsets[i] + (a - contentOffset);
        const e = lineOffsets[i] + (b - contentOffset);
        builder.keep(s, e);
        if (blockStart < 0) blockStart = s;
        blockEnd = e;
      }
      contentOffset += lineLength + 1;
    }
    if (blockStart >= 0) {
      const kind: BlockKind = headingOpen ? 'heading' : listDepth > 0 ? 'list-item' : 'paragraph';
      blockSpans.push({ kind, start: blockStart, end: blockEnd, line: token.map[0] });
    }
  }

  const prose = builder.finish();
  const sentences: Sentence[] = [];
  const blocks: Block[] = blockSpans.map((b, index) => {
    const own = splitSentences(prose, b.start, b.end).map((s) => Object.freeze({ ...s, text: prose.slice(s.start, s.end), block: index }));
    sentences.push(...own);
    return Object.freeze({ ...b, sentences: Object.freeze(own) });
  });
  return Object.freeze({
    text,
    prose,
    // The parser's copy has the text's length and line breaks in the same places, so its line starts are the text's.
    lineStarts: Object.freeze(starts),
    frontMatter,
    blocks: Object.freeze(blocks),
    sentences: Object.freeze(sentences),
    comments: Object.freeze(comments),
    tags: Object.freeze(tags),
    blanks: Object.freeze(blanks),
  });
}
