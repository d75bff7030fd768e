// YAML front matter: the `---` block at the very top of a draft. It is never the author's prose, but its keys
// (gracious: true/false, to, company, role) tell Gracious about the draft.
import { parse as parseYaml } from 'yaml';
import type { Span } from './types';

export interface FrontMatter {
  /** The whole block, fences included. */
  readonly span: Span;
  /** The parsed mapping, or an empty object when the YAML is not a mapping or does not parse. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Why the YAML did not parse, if it did not. */
  readonly error?: string;
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/gm;

export function findFrontMatter(text: string): FrontMatter | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const opening = OPENING_FENCE.exec(text.slice(body, body + 8));
  if (!opening) return undefined;
  const yamlStart = body + opening[0].length;
  CLOSING_FENCE.lastIndex = yamlStart;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return undefined;
  const span = { start: body, end: closing.index + closing[0].length };
  const yaml = text.slice(yamlStart, closing.index);
  try {
    const data: unknown = parseYaml(yaml);
    const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
    return { span, data: isMapping ? (data as Record<string, unknown>) : {} };
  } catch (e) {
    return { span, data: {}, error: (e as Error).message.split('\n')[0] };
  }
}
