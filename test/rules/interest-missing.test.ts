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
  ],
  invalid: [
    'I wish you and the new hire every success.',
    'Thank you, and good luck with your future projects.',
    'It would help me as I keep interviewing elsewhere.',
    'I am no longer interested in the role.',
  ],
});
