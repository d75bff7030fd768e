// The one markdown-it instance the core parses with, and the inline source positions it records.
//
// markdown-it gives block tokens line maps but no offsets inside a paragraph. Rather than searching the text
// again for a code span or a link, every inline rule whose source is not the author's prose is wrapped so that,
// when the parser itself accepts it, the rule's own start and end (`state.pos` before and after) are recorded.
import MarkdownIt, { type StateInline } from 'markdown-it';
import footnote from 'markdown-it-footnote';

/** What an inline span is, as the parser saw it; positions are offsets into the inline token's content. */
export type InlineKind = 'code' | 'html' | 'autolink' | 'link-destination' | 'image' | 'footnote' | 'markup' | 'blank';

export interface InlineSpan {
  readonly kind: InlineKind;
  readonly start: number;
  readonly end: number;
}

/** markdown-it's parse environment, carrying the spans the wrapped rules record. */
export interface InlineEnv {
  inlineSpans: InlineSpan[];
  [key: string | symbol]: unknown;
}

type Parser = InstanceType<typeof MarkdownIt>;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

function envOf(state: StateInline): InlineEnv | undefined {
  const env = state.env as Partial<InlineEnv>;
  return env.inlineSpans ? (env as InlineEnv) : undefined;
}

/** Wraps an inline rule so that an accepted, non-silent match records its whole source range as `kind`. */
function recordWhole(kind: InlineKind, rule: InlineRule): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    const ok = rule(state, silent);
    if (ok && !silent) envOf(state)?.inlineSpans.push({ kind, start, end: state.pos });
    return ok;
  };
}

// A run of underscores this long is a form's fill-in line ("Dear ________,"), not emphasis.
const FILL_IN_LINE = /^_{3,}$/;

/** Emphasis delimiters are markup, except a fill-in line, which is recorded as a blank to fill. */
function recordEmphasis(rule: InlineRule): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    const ok = rule(state, silent);
    if (ok && !silent) {
      const kind = FILL_IN_LINE.test(state.src.slice(start, state.pos)) ? 'blank' : 'markup';
      envOf(state)?.inlineSpans.push({ kind, start, end: state.pos });
    }
    return ok;
  };
}

/** A backslash escape: the backslash is markup, the escaped character is prose. */
function recordEscape(rule: InlineRule): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    const ok = rule(state, silent);
    if (ok && !silent) envOf(state)?.inlineSpans.push({ kind: 'markup', start, end: start + 1 });
    return ok;
  };
}

// Links, images and footnotes all need a ']' after their start. markdown-it looks for it as far as the paragraph
// goes, and every '[' on the way opens a nested search, so a paragraph of '[' with no ']' took seconds per MB.
// Where no ']' follows, these rules are not tried: they could not match.
let bracketSource = '';
let lastClosingBracket = -1;

function closingBracketFollows(state: StateInline): boolean {
  if (state.src !== bracketSource) {
    bracketSource = state.src;
    lastClosingBracket = bracketSource.lastIndexOf(']');
  }
  return lastClosingBracket > state.pos;
}

function needsClosingBracket(rule: InlineRule): InlineRule {
  return (state, silent) => closingBracketFollows(state) && rule(state, silent);
}

/**
 * A link: its label is prose (its inner spans are recorded by the nested rules), the brackets and
 * the destination (`](url "title")`, `][ref]`) are not.
 */
function recordLink(md: Parser, rule: InlineRule): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    const ok = rule(state, silent);
    const env = envOf(state);
    if (ok && !silent && env) {
      // Only for a link the parser accepted: parseLinkLabel puts state.pos back where it found it.
      const labelEnd = state.src.charCodeAt(start) === 0x5b /* [ */ ? md.helpers.parseLinkLabel(state, start, true) : -1;
      env.inlineSpans.push({ kind: 'markup', start, end: start + 1 });
      if (labelEnd >= 0) env.inlineSpans.push({ kind: 'link-destination', start: labelEnd, end: state.pos });
    }
    return ok;
  };
}

function createParser(): Parser {
  // html: true so that HTML comments are recognised (and left out of the prose) rather than read as text.
  // Tables are off: a pipe row reads as a paragraph, and cells would need offsets markdown-it does not keep.
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(footnote);
  md.disable(['table']);
  // Ruler keeps its rules in `__rules__`; markdown-it offers no public way to read a rule back by name.
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
  const wrap = (name: string, make: (rule: InlineRule) => InlineRule): void => {
    const rule = rules.find((r) => r.name === name);
    if (!rule) throw new Error(`markdown-it has no inline rule named ${name}`);
    md.inline.ruler.at(name, make(rule.fn));
  };
  wrap('backticks', (r) => recordWhole('code', r));
  wrap('html_inline', (r) => recordWhole('html', r));
  wrap('autolink', (r) => recordWhole('autolink', r));
  wrap('image', (r) => needsClosingBracket(recordWhole('image', r)));
  wrap('footnote_ref', (r) => needsClosingBracket(recordWhole('footnote', r)));
  wrap('footnote_inline', (r) => needsClosingBracket(recordWhole('footnote', r)));
  wrap('emphasis', recordEmphasis);
  wrap('strikethrough', (r) => recordWhole('markup', r));
  wrap('escape', recordEscape);
  wrap('link', (r) => needsClosingBracket(recordLink(md, r)));
  return md;
}

export const markdown: Parser = createParser();
