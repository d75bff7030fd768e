import type { Rule } from './types';

export const greetingGeneric: Rule = {
  id: 'greeting-generic',
  description: 'The salutation names no one ("Dear Hiring Manager,", "To whom it may concern,", "Hi,").',
  defaultSeverity: 'information',
  guidance: 'Address the hiring manager by name; a generic salutation reads like a form letter.',
  example: 'Dear Mr. Okafor,',
  check(_draft, { facts }, report) {
    const salutation = facts.salutation;
    if (!salutation || salutation.kind !== 'generic') return;
    report({
      span: salutation.span,
      message: 'This salutation names no one. The guidance: address the hiring manager by name ("Dear Ms. Patel,").',
    });
  },
};
