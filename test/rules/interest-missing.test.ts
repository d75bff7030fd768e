import { ruleTable } from './table';

ruleTable('interest-missing', {
  valid: [
    'Please keep me in mind for future roles.',
    'I remain very interested in Fernhill.',
    'I would love to be considered for future openings on the team.',
    "I'd still like to work for you if anything opens up in the spring.",
    'Fernhill remains my top choice of practice.',
    'I hope to apply again next year.',
    'I would like to remain under consideration for clerical openings.',
    "I'll be back for the spring intake, and I hope to see you then.",
    'I would like very much to work in Rosewood if there is another vacancy.',
    "If you've got work in the summer, I'd be glad to hear from you.",
    'Would it be possible to stay in touch as new engagements come up?',
  ],
  invalid: [
    'I wish you and the new hire every success.',
    'Thank you, and good luck with your future projects.',
    'It would help me as I keep interviewing elsewhere.',
    'I am no longer interested in the role.',
    "I'm interested in your feedback on my medication-calculation test.",
    "I've since accepted a post at St. Luke's and am excited to start there in August.",
    "I'd like to know what to improve before the next intake.",
    'I wish the unit every success with the new intake.',
  ],
});
