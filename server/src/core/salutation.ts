// The salutation: the first line of prose that greets the reader ("Dear Ms. Patel,", "Hi team,", "Gary,").
// Header lines (Subject:, To:) and headings before it are skipped; a name only in front matter or in a quoted
// message is not a salutation, because neither is prose.
import { isHeaderLine } from './body';
import type { Draft } from './draft';
import { lineEnd, lineOf } from './lines';
import type { Span } from './types';

export type SalutationKind = 'named' | 'generic' | 'placeholder';

export interface Salutation {
  readonly kind: SalutationKind;
  /** The greeting itself, up to and including its closing comma or colon. */
  readonly span: Span;
  /** The part after the greeting word ("Ms. Patel"), empty when there is none. */
  readonly addressee: Span;
}

const GREETING_WORD = /^\s*(?:dear(?:est)?|respected|hi+|hello+|hey+|hiya|howdy|greetings|hola|buen[oa]s\s+(?:d[ií]as|tardes)|bonjour|bonsoir|hallo|guten\s+(?:tag|morgen)|ciao|salve|gentile|egregio|salut|hej|ol[áa]|oi|namaste|salaam|salam|merhaba|shalom|kia\s+ora|bore\s+da|jambo|habari|hoi|moin|sawubona|ch[àa]o|dobryi\s+den|dzie[ńn]\s+dobry|szanown[ay]|sehr\s+geehrte[r]?|yo|to\s+the|to\s+all|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|to\s+whom?\s+it\s+may\s+concern|attn|attention)\b[ \t]*/i;
// A greeting ends at its comma, colon, exclamation mark or dash; a bare-name greeting must end there too.
const GREETING_END = /[,:!—–]|\s-\s/;
const BARE_NAME = /^\s*((?:[A-Z][\p{L}'’-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]*\.?|[A-Z]\.|\[[^\]\n]{1,40}\]|de|van|von|der|den|da|das|dos|du|di|del|la|le|ter|ten|bin|al)){0,3})\s*(?:[,:—–]|\s-)\s*$/u;
// Capitalised words that can open a line followed by a comma but are not anyone's name.
const NOT_A_NAME = new Set([
  'thanks', 'thank', 'well', 'so', 'ok', 'okay', 'sorry', 'yes', 'no', 'also', 'best', 'regards', 'cheers',
  'sincerely', 'honestly', 'first', 'firstly', 'again', 'anyway', 'unfortunately', 'hopefully', 'sadly',
  'apologies', 'congratulations', 'congrats', 'please', 'note', 'update',
]);
// Who a greeting without a person's name is addressed to.
const GENERIC_HEADS = new Set([
  'team', 'teams', 'manager', 'managers', 'panel', 'committee', 'recruiter', 'recruiters', 'recruitment',
  'recruiting', 'hr', 'sir', 'sirs', 'madam', 'madame', 'all', 'everyone', 'everybody', 'folks',
  'guys', 'ma', "ma'am", 'maam', 'friends', 'colleagues', 'concern', 'department', 'staff', 'board', 'you', 'y’all', "y'all", 'people',
  'members', 'interviewers', 'hiring', 'talent', 'acquisition', 'selection', 'search', 'resources', 'human',
  'officer', 'director', 'lead', 'leads', 'partners', 'office', 'crew', 'gang', 'both', 'whom', 'it', 'may',
  'holder', 'vacancy', 'applicants', 'firm', 'company', 'mate', 'mates',
]);
// Words that greet no one by themselves ("Hello again,", "Hi there,") but leave a name after them a named greeting
// ("Hello there Sam,").
const GREETING_FILLERS = new Set(['again', 'there']);
// Roles used as titles: alone they greet no one ("Dear Headteacher,", "Hi boss,"), before a name they are a title
// ("Dear Principal Harris,"), as a rank is.
const ROLE_TITLES = new Set([
  'boss', 'head', 'headteacher', 'headmaster', 'headmistress', 'principal', 'chancellor', 'vice-chancellor',
  'provost', 'president', 'chair', 'chairperson', 'chairman', 'registrar', 'editor', 'owner', 'supervisor',
  'superintendent', 'coordinator', 'administrator', 'doctor', 'secretary', 'governor', 'manager', 'recruiter',
  'commissioner', 'mayor', 'minister', 'ambassador', 'councillor', 'councilor', 'senator', 'bishop',
]);
// "Pro-Vice-Chancellor", "Deputy-Head", "Co-Chair": a role with a prefix is still a role.
const ROLE_PREFIXES = /^(?:(?:pro|vice|deputy|assistant|associate|co|sub|under|acting|interim|executive)-)+/;
// Titles of address for a person ("Ms.", "Mdm", "Herr"), as opposed to ranks and roles ("Captain", "Director").
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', "ma'am", 'maam', 'madame', 'mme', 'mlle', 'monsieur', 'm', 'frau', 'herr', 'señora',
  'senora', 'señor', 'senor', 'sra', 'sr', 'signora', 'signor', 'senhora', 'senhor', 'pani', 'pan', 'mdm', 'dr', 'prof',
  'professor', 'sir', 'madam',
]);
const RANKS = new Set([
  'sgt', 'sergeant', 'capt', 'captain', 'coach', 'chef', 'rev', 'judge', 'officer', 'nurse', 'pastor', 'rabbi',
  'father', 'sister', 'lt', 'major', 'colonel', 'chief', 'director', 'dean', 'inspector', 'constable', 'detective',
  'commander', 'lieutenant', 'admiral', 'corporal', 'cpl', 'sheriff', 'matron',
]);

/**
 * A word that names no one alone but makes a following name a greeting: an honorific, a rank, or a role used as
 * one. Words come lower-cased, without their dots.
 */
function isTitle(word: string): boolean {
  return HONORIFICS.has(word) || isRole(word) || GREETING_FILLERS.has(word);
}

function isRole(word: string): boolean {
  const base = word.replace(ROLE_PREFIXES, '');
  return RANKS.has(base) || ROLE_TITLES.has(base);
}

/** Who a greeting without a name is addressed to, plural roles included ("Dear Governors,", "Hi Directors,"). */
function isGroup(word: string): boolean {
  return GENERIC_HEADS.has(word) || (word.endsWith('s') && isRole(word.slice(0, -1)));
}

// What follows these in a greeting qualifies the reader with an organisation or a department and names no one:
// "Director of Nursing", "Hiring Manager at [Company]".
const QUALIFIES = new Set(['at', 'of', 'from', 'with', 'for', 'in']);
// A word with a space on both sides: a qualifier never starts or ends the addressee.
const INNER_WORD = /\s(\S+)(?=\s)/g;

/** Where the reader is named ends and what qualifies them begins, or -1: "Hiring Manager | at [Company]". */
function qualifierStart(addressee: string): number {
  for (const m of addressee.matchAll(INNER_WORD)) if (QUALIFIES.has(m[1].toLowerCase())) return m.index;
  return -1;
}

/**
 * "Dear Internship Coordinator,", "Dear Programme Director,": a role with what it is a role of, and no name. A role
 * before a name ("Principal Harris") or after an honorific ("Ms. Sarah Dean") greets a person.
 */
function namesOnlyARole(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return words.length > 1 && isRole(last) && !words.some((w) => HONORIFICS.has(w));
}

// "Dobryi den, pani Olena,": a greeting word, a comma, then the name and the line's own closing comma.
const NAME_AFTER_COMMA = /^\s*,\s*(?:\S+\s+){0,3}\S+[,:!]\s*$/;

/** Where the greeting ends on its line: after its comma, colon, ! or dash, or at the end of the line. */
function greetingEnd(line: string, from: number): number {
  const rest = line.slice(from);
  if (NAME_AFTER_COMMA.test(rest)) return line.trimEnd().length;
  const m = GREETING_END.exec(rest);
  return m ? from + m.index + m[0].length : line.trimEnd().length;
}

/** Whether a greeting's addressee names a person ('named') or only a role or group ('generic'). */
export function classify(addressee: string): 'named' | 'generic' {
  // Split into the people or groups greeted ("Maria and team"); trimming afterwards keeps the patterns linear.
  const parts = addressee.split(/[,/&]|\band\b/i).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    const qualifier = qualifierStart(part);
    const greeted = (qualifier < 0 ? part : part.slice(0, qualifier)).split(/\s+/);
    const words = greeted.map((w) => w.toLowerCase().replace(/[^\p{L}'’.-]/gu, '').replace(/^\.+|\.+$/g, ''));
    const meaningful = words.filter((w) => w && w !== 'the' && w !== 'or' && w !== 'and' && w !== 'to');
    const hasTitle = meaningful.some(isTitle);
    const hasHead = meaningful.some(isGroup);
    const others = meaningful.filter((w) => !isGroup(w) && !isTitle(w));
    if (namesOnlyARole(meaningful)) continue;
    if (hasTitle && others.length > 0) return 'named';
    if (!hasHead && others.length > 0) return 'named';
  }
  return 'generic';
}

// A formal letter may open with an address block; a salutation is looked for until the first line this long.
const BODY_LINE_WORDS = 12;
const OPENING_LINES = 12;

/** The opening lines of prose, skipping header lines (Subject:, To:) and headings, up to the first body line. */
function openingLines(draft: Draft): Span[] {
  const lines: Span[] = [];
  for (const block of draft.blocks) {
    if (block.kind === 'heading') continue;
    for (let line = lineOf(draft.lineStarts, block.start); line < draft.lineStarts.length && draft.lineStarts[line] < block.end; line++) {
      const start = Math.max(draft.lineStarts[line], block.start);
      const end = Math.min(lineEnd(draft.text, draft.lineStarts, line), block.end);
      const text = draft.prose.slice(start, end);
      if (text.trim() === '' || isHeaderLine(text)) continue;
      lines.push({ start, end });
      if (lines.length >= OPENING_LINES || text.trim().split(/\s+/).length >= BODY_LINE_WORDS) return lines;
    }
  }
  return lines;
}

export function findSalutation(draft: Draft, isPlaceholder: (span: Span) => boolean): Salutation | undefined {
  const lines = openingLines(draft);
  // A greeting word may follow an address block; a bare name ("Gary,") only counts as the very first line.
  const greeted = lines.find((l) => GREETING_WORD.test(draft.prose.slice(l.start, l.end)));
  return greeted ? salutationAt(draft, greeted, isPlaceholder) : lines[0] && salutationAt(draft, lines[0], isPlaceholder);
}

function salutationAt(draft: Draft, line: Span, isPlaceholder: (span: Span) => boolean): Salutation | undefined {
  const text = draft.prose.slice(line.start, line.end);
  const leading = text.length - text.trimStart().length;
  const greeting = GREETING_WORD.exec(text);
  let addresseeStart: number;
  let end: number;
  if (greeting) {
    addresseeStart = greeting[0].length;
    end = greetingEnd(text, addresseeStart);
    // "Hi, I wanted to…" greets; "Hey thanks for…" with no punctuation in reach is a sentence, not a greeting.
    if (end - addresseeStart > 60) return undefined;
  } else {
    const bare = BARE_NAME.exec(text);
    if (!bare || NOT_A_NAME.has(bare[1].split(/\s+/)[0].toLowerCase().replace(/\.$/, ''))) return undefined;
    addresseeStart = leading;
    end = text.trimEnd().length;
  }
  const span = { start: line.start + leading, end: line.start + end };
  const addresseeText = text.slice(addresseeStart, end).replace(/^\s*,/, '').replace(/[,:!—–-]\s*$/, '').trim();
  const addressee = { start: line.start + addresseeStart, end: line.start + addresseeStart + addresseeText.length };
  return { kind: kindOf(addresseeText, addressee, span, isPlaceholder), span, addressee };
}

/**
 * A salutation is a placeholder when the slot stands where the reader's name goes ("Dear [Hiring Manager],",
 * "Dear Mr. [Last Name],"). A slot after the reader only qualifies them: "Dear Hiring Manager at [Company]," greets a
 * role, and is generic however the slot is filled.
 */
function kindOf(addresseeText: string, addressee: Span, span: Span, isPlaceholder: (span: Span) => boolean): SalutationKind {
  if (!isPlaceholder(span)) return classify(addresseeText);
  const qualifier = qualifierStart(addresseeText);
  const head = qualifier < 0 ? '' : addresseeText.slice(0, qualifier).trimEnd();
  if (!head || isPlaceholder({ start: addressee.start, end: addressee.start + head.length })) return 'placeholder';
  return classify(head);
}
