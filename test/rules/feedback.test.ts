import { ruleTable } from './table';

ruleTable('feedback-missing', {
  valid: [
    'Could you tell me where I fell short?',
    'I would welcome any feedback you can share.',
    'Is there anything you would suggest I work on?',
    'I would value your thoughts on my case presentation.',
    'Would you be willing to share why?',
    'Thanks in advance for any feedback you can send over.',
    'I want a real reason, not a form letter.',
    'Why you not even interview me?',
    'Would be nice to at least know what was wrong with the take home since I put like 14 hours into it.',
    'I would like to ask if you could tell me about my legal translation test.',
  ],
  invalid: [
    'Thank you for the interview.',
    'Maybe you can still find a slot for me even as an assistant teacher?',
    'Should the appointment fall through, I would be grateful if you came back to me first.',
    "I don't know how I'm going to explain this to my family.",
    'I really enjoyed the interview, and please tell the morning crew thanks from me!',
    'Thanks for passing on the panel feedback about my Kubernetes depth; it was useful.',
    'I will keep working on my SQL skills.',
  ],
});

ruleTable('feedback-vague', {
  valid: [
    'Could you tell me how my answer on budget allocation compared with the others?',
    'I would value your feedback on the take-home analysis.',
    'Was it my R skills that held me back?',
    "I'd be grateful for any feedback on my answer about managing diabetic students.",
    'Could you share how I did in the second-round interview?',
    'Could you please give me some advices about my SQL test, which part I did not do well?',
    'If you have time, would you look again at the bakery rebrand in my portfolio and tell me what did not work?',
    'I would be thankful for some hints where my translation of the claims section was not precise enough, because claims are the part I want to improve most.',
    'Kindly share where I can improve, specially in the QBR mock presentation.',
    'I would welcome any comments, particularly on the methods section of my job talk.',
    'Dear Ms. Patel,\n\nI would value your perspective on two things:\n\n- **The store visit assessment.**\n- **The people-development discussion.**\n\nBest,\nJordan\n',
    'Thank you. I should be grateful for any feedback.\nIn particular, how did my teaching demo come across?\n',
  ],
  invalid: [
    { text: 'I would welcome any feedback you can share.', spans: ['I would welcome any feedback you can share.'] },
    'Where did I fall short?',
    'Could you tell me what I could do better?',
    'Were there specific skills I was missing?',
    'Any pointers on what I could improve would be welcome.',
    'Is there anything you would suggest I work on before applying again?',
    "If there's anything from the loop you'd flag for me to work on, I'd be glad to hear it.",
    'Could you advise me on the areas I should improve before the next recruitment exercise?',
    "If you are willing, I would welcome any further explanation of the committee's reasoning.",
  ],
});
