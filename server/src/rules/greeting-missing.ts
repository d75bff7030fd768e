import { frontMatterField } from './data/slots';
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
    // With `to:` in the front matter the greeting can name the reader; otherwise it is a slot to fill.
    const to = frontMatterField(draft, 'to');
    report({
      span: anchor,
      message: 'No salutation found. The guidance: address the hiring manager by name ("Dear Ms. Patel,").',
      fixes: [{
        title: to ? `Insert "Dear ${to}," above the first line` : 'Insert "Dear …," above the first line',
        safe: false,
        edits: [{ span: { start: anchor.start, end: anchor.start }, text: `Dear ${to ?? '[Hiring Manager]'},\n\n` }],
      }],
    });
  },
};
