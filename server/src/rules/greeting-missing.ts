import type { Rule } from './types';

export const greetingMissing: Rule = {
  id: 'greeting-missing',
  description: 'The draft has no salutation.',
  defaultSeverity: 'information',
  guidance: 'Open with a salutation that addresses the hiring manager by name.',
  example: 'Dear Ms. Patel,',
  check(draft, { facts }, report) {
    if (draft.sentences.length === 0 || facts.salutation) return;
    const anchor = facts.anchor;
    report({
      span: anchor,
      message: 'No salutation found. The guidance: address the hiring manager by name ("Dear Ms. Patel,").',
      fixes: [{ title: 'Insert "Dear …," above the first line', safe: false, edits: [{ span: { start: anchor.start, end: anchor.start }, text: 'Dear [Hiring Manager],\n\n' }] }],
    });
  },
};
