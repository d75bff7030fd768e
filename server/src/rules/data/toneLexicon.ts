// Word classes the tone model reads, so that it learns "criticism aimed at the employer" rather than the exact
// words of its training sentences. Each class lists lower-case words (single tokens) with why it exists.

export interface WordClass {
  readonly name: string;
  readonly note: string;
  readonly words: readonly string[];
}

export const WORD_CLASSES: readonly WordClass[] = [
  {
    name: 'them',
    note: 'Who a complaint is aimed at: the reader, the panel, the process.',
    words: ['you', 'your', "you're", "you've", "you'd", "you'll", 'yours', 'panel', 'interviewer', 'interviewers',
      'recruiter', 'recruiters', 'committee', 'manager', 'hr', 'process', 'company', 'firm', 'organisation',
      'organization', 'department', 'they', 'them', 'their', 'whoever', 'nobody', 'anyone', 'anybody', 'management',
      'employer', 'board', 'panelists', 'panellists', 'assessors', 'hiring', 'decision', 'rubric', 'scoring', 'brief'],
  },
  {
    name: 'self',
    note: 'The writer: self-critique is gracious, self-promotion against the decision is not.',
    words: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"],
  },
  {
    name: 'fault',
    note: 'Words that find fault, beyond a general sentiment lexicon.',
    words: ['late', 'rushed', 'unclear', 'vague', 'confusing', 'cold', 'dismissive', 'sloppy', 'chaotic',
      'disorganised', 'disorganized', 'unprofessional', 'misleading', 'unfair', 'unfairly', 'biased', 'rude',
      'careless', 'distracted', 'unprepared', 'wrong', 'error', 'errors', 'mistake', 'inaccurate', 'incorrect',
      'ignored', 'overlooked', 'misread', 'misjudged', 'impersonal', 'generic', 'automated', 'canned', 'ghosted',
      'silence', 'waited', 'waiting', 'delay', 'delayed', 'slow', 'inconsistent', 'arbitrary', 'rigged', 'tilted',
      'skewed', 'excuse', 'insulting', 'disrespectful', 'condescending', 'lazy', 'bothered', 'bizarre', 'odd',
      'interrupted', 'interrupting', 'compromised', 'nepotism', 'cousin', 'favourite', 'favorite', 'voicemail',
      'loss', 'crying', 'difficult', 'hard', 'surprised', 'shocked', 'baffled', 'puzzled', 'reconcile'],
  },
  {
    name: 'irony',
    note: 'Markers that turn praise or a wish ironic.',
    words: ['sure', 'surely', 'clearly', 'obviously', 'apparently', 'evidently', 'finally', 'eventually', 'guess',
      'suppose', 'presumably', 'funny', 'interesting', 'remarkable', 'amazing', 'wonderful', 'lovely', 'great',
      'nice', 'congrats', 'congratulations', 'lucky', 'whatever', 'anyway', 'well', 'lol', 'lmao', 'tbh', 'smh',
      'ugh', 'wow', 'cute', 'bold', 'brave', 'quite', 'journey', 'coincidence', 'shocking', 'imagine', 'certainly',
      'truly', 'doubt', 'enjoy', 'treat', 'thrilled', 'restful', 'comfort', 'efficiently', 'admired', 'admire',
      'fun', 'love', 'loved', 'novel', 'refreshing', 'impressive', 'clever', 'personal', 'touch', 'noted', 'okay',
      'ok', 'fine', 'heavy', 'lifting', 'frontier', 'privilege', 'explaining', 'worth', 'kidding', 'joking'],
  },
  {
    name: 'effort',
    note: 'Effort or time the writer spent, often held against the employer.',
    words: ['spent', 'drove', 'flew', 'travelled', 'traveled', 'weekend', 'weekends', 'hours', 'days', 'weeks',
      'months', 'nights', 'unpaid', 'sacrificed', 'gave', 'given', 'invested', 'prepared', 'rounds', 'interviews',
      'off', 'leave', 'commute', 'miles', 'overtime'],
  },
  {
    name: 'credentials',
    note: 'Credentials offered as proof the decision was wrong.',
    words: ['years', 'decades', 'experience', 'experienced', 'qualified', 'qualifications', 'certified', 'degree',
      'record', 'proven', 'track', 'seniority', 'expert', 'expertise', 'overqualified', 'numbers', 'results',
      'awards', 'trained', 'licensed', 'published'],
  },
  {
    name: 'comparison',
    note: 'Comparing the writer with the person hired.',
    words: ['younger', 'older', 'less', 'fewer', 'junior', 'cheaper', 'kid', 'graduate', 'internal', 'external',
      'other', 'finalist', 'whoever', 'instead', 'than', 'whereas', 'while', 'someone', 'somebody'],
  },
  {
    name: 'change',
    note: 'Asking for the outcome to be changed or looked at again.',
    words: ['reconsider', 'reconsideration', 'revisit', 'review', 'appeal', 'overturn', 'reverse', 're-evaluate',
      'reassess', 'again', 'another', 'second', 'hold', 'pause', 'rethink', 'reopen', 'rescore', 'remark', 're-score',
      're-mark', 'rerun', 'retake', 'retaken', 'contest', 'dispute', 'escalate', 'escalating', 'aside', 'anyway'],
  },
  {
    name: 'reproach',
    note: 'Modal verbs of reproach: what they should have done.',
    words: ['should', 'could', 'would', 'might', 'ought', 'supposed', 'expected', 'assume', 'assumed', 'least'],
  },
  {
    name: 'hardship',
    note: 'Personal circumstances pressed on the reader.',
    words: ['rent', 'bills', 'family', 'kids', 'children', 'mortgage', 'landlord', 'wife', 'husband', 'partner',
      'desperate', 'struggling', 'savings', 'unemployed', 'months', 'counting', 'relied', 'quit', 'resigned',
      'declined', 'turned', 'moved', 'relocated', 'cost', 'hurt', 'hurts', 'devastated', 'crushed', 'gutted'],
  },
  {
    name: 'grace',
    note: 'Words of a gracious sentence: thanks, understanding, respect, wishes.',
    words: ['thank', 'thanks', 'grateful', 'appreciate', 'appreciated', 'understand', 'understood', 'respect',
      'wish', 'wishes', 'best', 'luck', 'enjoyed', 'learned', 'learnt', 'valuable', 'fair', 'congratulate',
      'hope', 'glad', 'happy', 'pleasure', 'privilege', 'honoured', 'honored', 'kind', 'generous'],
  },
  {
    name: 'duration',
    note: 'Amounts of time or effort counted out, the usual evidence in a complaint about the process.',
    words: ['minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years',
      'am', 'pm', 'midnight', 'overnight', 'twenty', 'thirty', 'forty', 'fifty', 'twice', 'three', 'four', 'five',
      'six', 'seven', 'eight', 'nine', 'ten', 'times', 'rounds', 'interviews', 'slides', 'deadline', 'notice'],
  },
  {
    name: 'hire',
    note: 'The person hired, who a bitter sentence often compares the writer with.',
    words: ['successful', 'chosen', 'picked', 'selected', 'hired', 'hire', 'guy', 'gal', 'kid', 'newcomer',
      'replacement', 'winner', 'choice', 'someone', 'somebody', 'whoever', 'candidate', 'appointee'],
  },
  {
    name: 'process',
    note: 'Parts of the hiring process a complaint is about.',
    words: ['email', 'emails', 'letter', 'portal', 'listing', 'advert', 'advertisement', 'ad', 'posting',
      'description', 'schedule', 'rescheduled', 'moved', 'cancelled', 'canceled', 'invite', 'invitation',
      'reply', 'no-reply', 'text', 'linkedin', 'announcement', 'salary', 'pay', 'budget', 'requirement',
      'requirements', 'criteria', 'rubric', 'score', 'scores', 'scored', 'marked', 'graded', 'assessor'],
  },
];
