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
    'Next time you are tendering for a big job and need a site manager, give me a bell.',
    "I'll go for the next one when it comes up.",
    "If you get slammed over the winter I'm about and happy to do call-outs.",
    'When you again look for an arborist, I would be happy to hear from you.',
    'I will be attentive to new vacancies at the company.',
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
