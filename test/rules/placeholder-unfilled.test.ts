import { ruleTable } from './table';

ruleTable('placeholder-unfilled', {
  valid: [
    'See [my portfolio](https://example.com) and [my article][1].\n\n[1]: https://example.com/a\n',
    'I led the launch[^1].\n\n[^1]: In 2024.\n',
    'Dear Ana,\n\n- [ ] Send thanks\n- [x] Ask about the SQL round\n',
    'The posting (#24-0318) said "the applicant [sic] must travel".',
    'I used `[Position]` in my template code.',
    '```\nDear [Hiring Manager],\n```\n\nDear Ana,\n\nThanks.\n',
    '> Dear [Name], thank you.\n\nDear Ana,\n\nThanks.\n',
    'Dear Ana,\n\nI wrote <b>this</b> myself.\n',
  ],
  invalid: [
    { text: 'Thank you for interviewing me for the [Position] role at [COMPANY].', spans: ['[Position]', '[COMPANY]'] },
    { text: 'I would love to work at <Company Name> one day.', spans: ['<Company Name>'] },
    { text: 'Thanks for the {{role}} interview.', spans: ['{{role}}'] },
    { text: 'I managed a team of XX people.', spans: ['XX'] },
    { text: 'I could improve on [insert specific skill].', spans: ['[insert specific skill]'] },
    { text: 'Dear [Hiring Manager],\n\nThanks for the **[Position]** interview.\n', spans: ['[Hiring Manager]', '[Position]'] },
  ],
});
