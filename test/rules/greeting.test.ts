import { ruleTable } from './table';

const draft = (salutation: string): string => `${salutation}\n\nThank you for your time.\n\nBest,\nJordan\n`;

ruleTable('greeting-generic', {
  valid: [
    draft('Dear Ms. Patel,'), draft('Hi Jordan,'), draft('Gary,'), draft('Captain Reyes,'), draft('hi jen,'),
    draft('Hello Camille,'), draft('Dear Maria and team,'), draft('Dear [Hiring Manager],'),
    draft('Dear Principal Harris,'), draft('Dear Superintendent Cole,'), draft('Dear Mdm Tan,'), draft('Dear Ms. Sarah Dean,'),
    draft('Hello there Sam,'), draft('Sam -'), draft('Station Manager Hughes,'), draft('Dear Manager Li,'),
    draft('Dear Secretary Ferris,'), draft('Dear Anna Smith-Dean,'),
    // A slot where the name goes is a placeholder (placeholder-unfilled says so), not a generic greeting.
    draft('Dear Mr. [Last Name],'), draft('Dear [Name] at Brightline,'), draft('Dear Ms. Patel at [Company],'),
    '## Re: Junior Video Editor\n\nHello Camille,\n\nThanks.\n',
    'Subject: Thank you\n\nDear Dr. Okoye,\n\nThanks.\n',
  ],
  invalid: [
    draft('Dear Hiring Manager,'), draft('To whom it may concern,'), draft('Hi,'), draft('Hello,'),
    draft('Hi team,'), draft('Good afternoon,'), draft('Dear Sir or Madam,'), draft('Hi there,'),
    draft('Dear Hiring Panel,'), draft('Hi all,'), draft('Dear Acme Recruiting Team,'),
    draft('Hello again,'), draft('Hi boss,'), draft('Dear Headteacher,'), draft('Dear Vice-Chancellor,'),
    draft('To who it may concern'), draft('Mate,'), draft('Hi Sir/Mdm,'), draft('Dear Internship Coordinator,'),
    draft('Dear Programme Director,'), draft('Dear Deputy Secretary,'), draft('Dear Pro-Vice-Chancellor,'),
    draft('Dear Governors,'), draft('Hello Inspector,'), draft('Dear Director of Nursing,'), draft('Dear Head of Talent at Acme,'),
    draft('Dear Hiring Manager at Acme,'),
    // The slot only qualifies a role: generic however it is filled.
    draft('Dear Hiring Manager at [Company],'), draft('Dear Recruitment Team of {{company}},'),
  ],
});

ruleTable('greeting-missing', {
  valid: [draft('Dear Ms. Patel,'), draft('Hi team,'), '---\nto: Ana\n---\n\nDear Ana,\n\nThanks.\n'],
  invalid: [
    'Thank you for the interview for the supervisor position.\n\nRosa\n',
    'Well, thanks, I guess. Four interviews and nothing.\n\nNadia\n',
    '> Dear Chris,\n> Thank you for applying.\n\nI understand.\n\nChris\n',
    '---\nto: Ana Lopez\n---\n\nThank you for the call.\n',
  ],
});
