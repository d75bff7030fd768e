// Where a draft's words stand for its front matter (`to`, `company`, `role`): the template slots each key fills,
// the titles and short forms a salutation may use for the `to` name, and the words around an employer's name.
// Front matter is read here and nowhere else in the rules, so every rule agrees on what a usable value is.
import type { Draft } from '../../core/draft';

export type Field = 'to' | 'company' | 'role';

export interface SlotEntry {
  /** Slot names as normaliseSlot returns them: lower case, no brackets, single spaces. */
  readonly names: readonly string[];
  readonly field: Field;
  /** Fill with one part of the `to` name only. */
  readonly part?: 'first' | 'last';
  /** The slot may stand for someone else (the writer, in a signature): filling it is never automatic. */
  readonly ambiguous?: boolean;
  readonly note: string;
}

export const SLOTS: readonly SlotEntry[] = [
  {
    field: 'to',
    names: [
      'hiring manager', 'hiring manager name', "hiring manager's name", 'manager name', "manager's name",
      'interviewer', 'interviewer name', "interviewer's name", 'recipient', 'recipient name', "recipient's name",
      'contact name', "contact's name", 'addressee', 'recruiter name', "recruiter's name", 'mr/ms name',
      'mr./ms. name', 'mr/ms last name', 'hiring manager full name',
    ],
    note: 'Names only the reader: the person the front matter says the email is to.',
  },
  { field: 'to', names: ['name', 'full name', 'person', 'their name'], ambiguous: true, note: '"[Name]" is the reader in a salutation but may be the writer in a signature.' },
  { field: 'to', part: 'first', names: ['first name', 'firstname', "hiring manager's first name", 'hiring manager first name'], ambiguous: true, note: 'A first name: the reader\'s in a salutation, perhaps the writer\'s elsewhere.' },
  { field: 'to', part: 'last', names: ['last name', 'lastname', 'surname', 'family name', "hiring manager's last name", 'hiring manager last name'], ambiguous: true, note: 'A surname, usually after a title: the reader\'s in a salutation.' },
  {
    field: 'company',
    names: [
      'company', 'company name', "company's name", 'organisation', 'organization', 'organisation name',
      'organization name', 'org', 'org name', 'employer', 'employer name', 'firm', 'firm name', 'business name',
      'agency', 'agency name', 'school name', 'hospital name',
    ],
    note: 'The employer the front matter names.',
  },
  {
    field: 'role',
    names: [
      'position', 'position title', 'position name', 'role', 'role title', 'role name', 'job', 'job title',
      'job name', 'job role', 'vacancy', 'vacancy title', 'post', 'post title', 'title of position', 'position applied for',
    ],
    note: 'The job applied for, as the front matter names it.',
  },
];

const SLOT_INDEX: ReadonlyMap<string, SlotEntry> = new Map(SLOTS.flatMap((entry) => entry.names.map((name) => [name, entry] as const)));

/** "[Insert Company_Name]", "{{ company }}", "<Company Name>" → "company name". */
export function normaliseSlot(text: string): string {
  return text
    .replace(/^[\[{<]+|[\]}>]+$/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[_\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:insert|enter|add|fill\s+in|type)\s+(?:the\s+)?/, '')
    .replace(/^the\s+/, '')
    .replace(/^name\s+of\s+(?:the\s+)?(.+)$/, '$1 name');
}

export function slotEntry(text: string): SlotEntry | undefined {
  return SLOT_INDEX.get(normaliseSlot(text));
}

// A front-matter value that is itself a template slot fills nothing.
const SLOT_SYNTAX = /[\[\]{}]|<[^@>]*>|\bX{2,}\b|\bTBD\b/;
const EMAIL_PART = /\s*<[^<>\s]+@[^<>\s]+>\s*$/;

/**
 * A front-matter key as text, when it is a usable one-line value: `to` without an `<address>` after the name.
 * Undefined when the key is missing, not a string, blank, on several lines, a bare address or a slot itself.
 */
export function frontMatterField(draft: Draft, field: Field): string | undefined {
  const raw = draft.frontMatter?.data[field];
  if (typeof raw !== 'string') return undefined;
  const value = (field === 'to' ? raw.replace(EMAIL_PART, '') : raw).trim();
  if (!value || /[\r\n]/.test(value) || SLOT_SYNTAX.test(value) || (field === 'to' && value.includes('@'))) return undefined;
  return value;
}

/** Courtesy and rank titles a salutation or a `to` value may carry; they never decide whether names match. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'doctor', 'prof', 'professor', 'sgt', 'sergeant', 'capt', 'captain', 'coach',
  'chef', 'rev', 'reverend', 'judge', 'officer', 'nurse', 'charge', 'pastor', 'rabbi', 'father', 'sister', 'lt',
  'lieutenant', 'major', 'colonel', 'chief', 'director', 'dean', 'sir', 'madam', 'dame', 'lord', 'lady', 'hon',
  'superintendent', 'principal', 'inspector', 'detective', 'constable', 'cllr', 'councillor', 'president',
]);

/** Lower case, no accents, no dots or apostrophes: "Ildikó" and "ildiko" compare equal, as "O'Neil" and "ONeil". */
export function foldName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.'’]/g, '');
}

/** A name's words without titles: "Dr. Amira Haddad" → ["Amira", "Haddad"]. */
export function nameWords(name: string): string[] {
  return name.split(/[\s,]+/).filter((w) => w && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
}

/** Words in a salutation that are not anyone's name: "Dear Maria and team," names Maria only. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'and', 'or', 'the', 'of', 'to', 'team', 'teams', 'all', 'everyone', 'everybody', 'there', 'panel', 'committee', 'hiring',
  'manager', 'managers', 'recruiting', 'recruitment', 'recruiter', 'folks', 'both', 'friends', 'colleagues', 'again',
]);

/** Short forms that share no first letters with the full name; a salutation using one still names the reader. */
export const NICKNAMES: readonly (readonly [string, string])[] = [
  ['bob', 'robert'], ['rob', 'robert'], ['bobby', 'robert'], ['bill', 'william'], ['will', 'william'], ['liam', 'william'],
  ['dick', 'richard'], ['rick', 'richard'], ['peggy', 'margaret'], ['maggie', 'margaret'], ['meg', 'margaret'],
  ['jim', 'james'], ['jimmy', 'james'], ['jack', 'john'], ['johnny', 'john'], ['kate', 'katherine'], ['kate', 'catherine'],
  ['katie', 'katherine'], ['cathy', 'catherine'], ['liz', 'elizabeth'], ['beth', 'elizabeth'], ['betty', 'elizabeth'],
  ['lisa', 'elizabeth'], ['ted', 'edward'], ['ned', 'edward'], ['tony', 'anthony'], ['sandy', 'alexandra'],
  ['sasha', 'alexander'], ['chuck', 'charles'], ['hank', 'henry'], ['harry', 'henry'], ['polly', 'mary'],
  ['molly', 'mary'], ['sally', 'sarah'], ['jen', 'jennifer'], ['jenny', 'jennifer'], ['becky', 'rebecca'],
  ['becca', 'rebecca'], ['pat', 'patricia'], ['trish', 'patricia'], ['tricia', 'patricia'], ['sue', 'susan'],
];

/**
 * Words just before a name that place it where the employer goes; patterns match the lower-cased text before the
 * candidate name, ending where the name begins. Each is chosen to speak of the employer being written to, not of a
 * past employer ("my time at", "while working at" are left out on purpose).
 */
export const COMPANY_FRAMES: readonly { readonly pattern: string; readonly note: string }[] = [
  { pattern: "\\b(?:remain|remains|still|continue\\s+to\\s+be|stay)\\s+(?:(?:very|really|genuinely|keenly|deeply|truly|so|just\\s+as|as|quite|extremely|most)\\s+)*(?:interested\\s+in|excited\\s+(?:about|by)|keen\\s+on|enthusiastic\\s+about|drawn\\s+to)\\s+(?:(?:joining|working\\s+(?:at|for))\\s+)?$", note: 'Continued interest names the employer: "I remain very interested in Acme".' },
  { pattern: "\\b(?:to|of|in|about|for)\\s+(?:join|joining|becoming\\s+part\\s+of|be\\s+part\\s+of|being\\s+part\\s+of|work\\s+(?:at|for)|working\\s+(?:at|for))\\s+$", note: 'Wanting to join or work for the employer: "I would love to join Acme".' },
  { pattern: "\\b(?:future|other|upcoming|new|similar|later|further|open)\\s+(?:[a-z/&-]+\\s+){0,3}(?:roles?|openings?|positions?|opportunit(?:y|ies)|vacanc(?:y|ies)|jobs?|posts?|postings?)\\s+(?:at|with)\\s+$", note: 'Future openings are the employer\'s: "future design roles at Acme".' },
  { pattern: "\\b(?:the|this|that|your)\\s+(?:[a-z0-9/&,-]+\\s+){0,5}(?:role|position|job|opening|vacancy|post|internship|apprenticeship|opportunity)\\s+(?:at|with)\\s+$", note: 'The job applied for, at the employer: "the Data Analyst role at Acme".' },
  { pattern: "\\b(?:the|your)\\s+(?:[a-z-]+\\s+){0,2}(?:team|panel|people|hiring\\s+team|recruiting\\s+team)\\s+at\\s+$", note: 'The reader\'s team "at Acme".' },
];

/** Lower-case words that may sit inside an organisation's name: "Bank of America", "Lark & Lane". */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', '&', 'de', 'du', 'del', 'la', 'van', 'von', 'der', 'y']);

/** Words an employer's name may carry or drop without naming another employer: "Acme" is "Acme Inc.". */
export const ORG_NOISE: ReadonlySet<string> = new Set([
  'the', 'of', 'and', '&', 'inc', 'ltd', 'llc', 'llp', 'plc', 'co', 'corp', 'corporation', 'company', 'group',
  'limited', 'holdings', 'gmbh', 'ag', 'sa', 'bv', 'pty', 'lp', 'st', 'saint',
]);

/** Last words that mark a name as an organisation's, so that "Globex Labs's team" can be told from "Sam Lee's team". */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'corporation', 'co', 'company', 'group', 'gmbh', 'labs', 'lab', 'systems',
  'technologies', 'technology', 'tech', 'solutions', 'logistics', 'partners', 'consulting', 'health', 'healthcare',
  'bank', 'studio', 'studios', 'media', 'analytics', 'software', 'capital', 'foods', 'energy', 'academy', 'hospital',
  'university', 'college', 'school', 'council', 'trust', 'foundation', 'agency', 'associates', 'architecture',
  'architects', 'robotics', 'payments', 'outfitters', 'industries', 'networks', 'ventures', 'games', 'insurance',
  'pharmaceuticals', 'motors', 'airlines', 'press', 'institute', 'clinic', 'district', 'services', 'international',
]);

/** Capitalised words that follow those frames without naming an employer. */
export const NOT_ORGS: ReadonlySet<string> = new Set([
  'i', "i'm", "i'd", "i've", "i'll", 'you', 'your', 'we', 'our', 'it', 'this', 'that', 'a', 'an', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'engineering', 'marketing', 'sales', 'finance',
  'operations', 'product', 'design', 'data', 'research', 'legal', 'support', 'hr', 'it', 'headquarters', 'hq',
]);
