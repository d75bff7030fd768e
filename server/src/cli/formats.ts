// The report formats `--format` accepts, by name.
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import type { CheckedDraft } from './positions';

export interface FormatContext {
  readonly cwd: string;
  /** Whether ANSI colour may be used; only the text format uses it. */
  readonly colour: boolean;
}

export type Formatter = (drafts: readonly CheckedDraft[], context: FormatContext) => string;

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
