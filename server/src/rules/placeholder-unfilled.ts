import type { Draft } from '../core/draft';
import type { Placeholder } from '../core/placeholders';
import type { Fix, Span } from '../core/types';
import { frontMatterField, nameWords, slotEntry } from './data/slots';
import type { Rule } from './types';

/** Fills the slot from the front-matter key it stands for, when the draft's front matter has a value for it. */
function fillFromFrontMatter(draft: Draft, placeholder: Placeholder, salutation: Span | undefined): Fix[] {
  const entry = slotEntry(placeholder.text);
  const value = entry && frontMatterField(draft, entry.field);
  if (!entry || !value) return [];
  const words = nameWords(value);
  const text = entry.part === 'first' ? (words.length > 1 ? words[0] : undefined) : entry.part === 'last' ? words.at(-1) : value;
  if (!text) return [];
  // "[Name]" in the salutation is the reader; elsewhere it may be the writer, so there it is offered, never applied by Fix All.
  const inSalutation = salutation !== undefined && salutation.start <= placeholder.start && placeholder.end <= salutation.end;
  return [{ title: `Fill ${placeholder.text} with "${text}"`, safe: !entry.ambiguous || inSalutation, edits: [{ span: placeholder, text }] }];
}

export const placeholderUnfilled: Rule = {
  id: 'placeholder-unfilled',
  description: 'A template slot such as [Hiring Manager], <Company> or {{role}} is still unfilled.',
  defaultSeverity: 'error',
  guidance: 'Fill every template placeholder before sending: a leftover "[Position]" tells the reader this was a form letter.',
  example: 'Thank you for interviewing me for the Senior Data Analyst role.',
  check(draft, { facts }, report) {
    for (const placeholder of facts.placeholders) {
      report({
        span: placeholder,
        message: `Unfilled placeholder ${placeholder.text}. The guidance: fill every template slot before sending.`,
        fixes: fillFromFrontMatter(draft, placeholder, facts.salutation?.span),
      });
    }
  },
};
