import type { Rule } from './types';
import { isGratitude } from '../analysis/gratitude';

const THANKS = 'Thank you for your time and consideration, and for the opportunity to interview.';

export const gratitudeMissing: Rule = {
  id: 'gratitude-missing',
  description: 'The draft never sincerely thanks the reader for their time, consideration or the opportunity.',
  defaultSeverity: 'warning',
  guidance: 'Thank the employer for their time, their consideration and the opportunity to interview. A sign-off ("Thanks,"), "thanks in advance", or thanks to someone else does not do it.',
  example: 'Thank you for taking the time to interview me, and for letting me know personally.',
  check(draft, { facts }, report) {
    if (draft.sentences.length === 0) return;
    // Every sentence of prose, not only the body: "Subject: Thank you for your time" thanks the reader too.
    if (draft.sentences.some((s) => isGratitude(s, facts.normalised(s), facts.tone(s).negative))) return;
    const anchor = facts.anchor;
    const afterSalutation = facts.salutation ? facts.salutation.span.end : anchor.start;
    report({
      span: anchor,
      message: 'No thanks to the reader found. The guidance: thank them for their time, consideration and the opportunity (a sign-off like "Thanks," does not count).',
      fixes: [{
        title: 'Insert a thank-you sentence',
        safe: false,
        edits: [{ span: { start: afterSalutation, end: afterSalutation }, text: facts.salutation ? `\n\n${THANKS}` : `${THANKS}\n\n` }],
      }],
    });
  },
};

