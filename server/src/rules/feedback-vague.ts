import type { Rule } from './types';

export const feedbackVague: Rule = {
  id: 'feedback-vague',
  description: 'The feedback request names no concrete area (skill, competency, interview stage, task or piece of work).',
  defaultSeverity: 'warning',
  guidance: 'A specific request is easier to answer and shows you are reflecting: ask about a skill, a competency, an interview round, an exercise or an answer, not just "any feedback".',
  example: 'I would value your thoughts on my case-study presentation, particularly the pricing assumptions.',
  check(_draft, { facts }, report) {
    const requests = facts.feedbackRequests;
    if (requests.length === 0 || requests.some((r) => r.specific)) return;
    const { sentence } = requests[0];
    report({
      span: sentence,
      message: 'This feedback request names no concrete area. The guidance: ask about a specific skill, competency, interview stage, exercise or answer.',
    });
  },
};
