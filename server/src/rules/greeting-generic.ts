import { classify } from '../core/salutation';
import type { Fix } from '../core/types';
import { frontMatterField } from './data/slots';
import type { Rule } from './types';

export const greetingGeneric: Rule = {
  id: 'greeting-generic',
  description: 'The salutation names no one ("Dear Hiring Manager,", "To whom it may concern,", "Hi,").',
  defaultSeverity: 'information',
  guidance: 'Address the hiring manager by name; a generic salutation reads like a form letter.',
  example: 'Dear Mr. Okafor,',
  check(draft, { facts }, report) {
    const salutation = facts.salutation;
    if (!salutation || salutation.kind !== 'generic') return;
    // The front matter says who the email is to: greeting them by that name changes nothing else.
    // It is offered only where the salutation holds no markup, which the replacement would drop.
    // Only a `to` that names a person helps: "to: Recruitment, SkyAtlas Airlines" would leave the greeting generic.
    const to = frontMatterField(draft, 'to');
    const greeting = to && classify(to.split(',')[0]) === 'named' && `Dear ${to},`;
    const current = draft.text.slice(salutation.span.start, salutation.span.end);
    const fixes: Fix[] = greeting && greeting !== current && current === draft.prose.slice(salutation.span.start, salutation.span.end)
      ? [{ title: `Replace with "${greeting}"`, safe: true, edits: [{ span: salutation.span, text: greeting }] }]
      : [];
    report({
      span: salutation.span,
      message: 'This salutation names no one. The guidance: address the hiring manager by name ("Dear Ms. Patel,").',
      fixes,
    });
  },
};
