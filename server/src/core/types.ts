// Shared shapes of the checking core. Nothing here knows about LSP or VS Code:
// offsets are UTF-16 code-unit indexes into the draft's text, as JavaScript strings count them.

export type Severity = 'hint' | 'information' | 'warning' | 'error';
export type RuleSetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['hint', 'information', 'warning', 'error'];

/** A half-open range [start, end) of UTF-16 offsets into the draft's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A suggested edit: replace `span` of the text with `text` (insertion when the span is empty). */
export interface Edit {
  readonly span: Span;
  readonly text: string;
}

/** A way to mend a finding, offered as a quick fix. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  /** Safe fixes change nothing but what the finding is about; "Fix All" applies only those. */
  readonly safe: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
}

/** A phrase a user adds to the tone check through `.graciousrc.json`; literal text, never a pattern. */
export interface UserPhrase {
  readonly phrase: string;
  readonly suggestion?: string;
}

/** Options after normalisation: every field present, every value valid. Rules read only this. */
export interface CheckOptions {
  /** Severity per rule id; 'off' disables the rule. Ids not listed use the rule's default. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly negativePhrases: readonly UserPhrase[];
  readonly allowedPhrases: readonly string[];
}

export const DEFAULT_OPTIONS: CheckOptions = Object.freeze({
  rules: Object.freeze({}),
  negativePhrases: Object.freeze([]),
  allowedPhrases: Object.freeze([]),
});
