// The registry: every rule, alphabetically by id. Adding a rule means a module here, a docs page and fixtures.
import { companyMismatch } from './company-mismatch';
import { feedbackMissing } from './feedback-missing';
import { feedbackVague } from './feedback-vague';
import { gratitudeMissing } from './gratitude-missing';
import { greetingGeneric } from './greeting-generic';
import { greetingMissing } from './greeting-missing';
import { interestMissing } from './interest-missing';
import { nameMismatch } from './name-mismatch';
import { negativeTone } from './negative-tone';
import { placeholderUnfilled } from './placeholder-unfilled';
import type { Rule } from './types';

export const RULES: readonly Rule[] = Object.freeze([
  companyMismatch,
  feedbackMissing,
  feedbackVague,
  gratitudeMissing,
  greetingGeneric,
  greetingMissing,
  interestMissing,
  nameMismatch,
  negativeTone,
  placeholderUnfilled,
]);

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Where a rule's documentation lives; diagnostics link here. */
export const DOCS_BASE = 'https://github.com/gracious-dev/gracious/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
