// The contract every rule module fulfils: one rule, one file, one shape.
import type { DraftFacts } from '../analysis/facts';
import type { Draft } from '../core/draft';
import type { CheckOptions, Fix, Severity, Span } from '../core/types';

export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly fixes?: readonly Fix[];
}

/** What a rule may read besides the draft: the normalised options and facts derived once for all rules. */
export interface RuleContext {
  readonly options: CheckOptions;
  readonly facts: DraftFacts;
}

export interface Rule {
  /** Public contract: file name, settings key, diagnostic code and docs page. Never rename. */
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** The guidance the rule enforces, shown on hover, with a short good example. */
  readonly guidance: string;
  readonly example: string;
  check(draft: Draft, context: RuleContext, report: (finding: Report) => void): void;
}
