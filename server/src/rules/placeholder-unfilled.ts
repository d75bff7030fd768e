import type { Rule } from './types';

export const placeholderUnfilled: Rule = {
  id: 'placeholder-unfilled',
  description: 'A template slot such as [Hiring Manager], <Company> or {{role}} is still unfilled.',
  defaultSeverity: 'error',
  guidance: 'Fill every template placeholder before sending: a leftover "[Position]" tells the reader this was a form letter.',
  example: 'Thank you for interviewing me for the Senior Data Analyst role.',
  check(_draft, { facts }, report) {
    for (const placeholder of facts.placeholders) {
      report({
        span: placeholder,
        message: `Unfilled placeholder ${placeholder.text}. The guidance: fill every template slot before sending.`,
      });
    }
  },
};
