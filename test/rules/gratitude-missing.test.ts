import { ruleTable } from './table';

ruleTable('gratitude-missing', {
  valid: [
    'Thank you for your time and consideration.',
    'I appreciate you calling me yourself.',
    "I'm grateful for the chance to meet the team.",
    'It was kind of you to walk me through the decision.',
    'Many thanks for the update and for the interview on Monday.',
    'Thanks for being straight with me about the result.',
    'I really valued the time you gave me on Thursday.',
    'I write you to thank the time you dedicated to me in the interview.',
    'Dear Ms. Patel,\n\nThank you for letting me know. Your interviewer was rude, though.\n\nBest,\nJordan\n',
  ],
  invalid: [
    'I received your message about the role.',
    'I would appreciate any feedback you can share.',
    'Thanks in advance for any pointers.',
    'I enjoyed the interview and meeting the team.',
    'Please thank Maria for the tour of the lab.',
    'Well, thanks, I guess.',
    'Thanks for finally getting back to me after six weeks.',
    'Any feedback would be much appreciated.',
    'I would nonetheless be grateful to know how my presentation was received.',
    'Thanks again to your sous chef Marco for looking after me during the trial.',
    'Thanks to Rosie on reception for showing me round the practice.',
    'Dear Ms. Patel,\n\nI saw the news about the role.\n\nthx\nJordan\n',
    'Dear Ms. Patel,\n\nI received your message about the role.\n\nThanks,\nJordan\n',
    'Dear Ms. Patel,\n\nI saw the news about the role.\n\nMany thanks,\nJordan\n',
    '> Dear Jordan,\n> Thank you for applying.\n\nI understand the decision.\n\nJordan\n',
  ],
});
