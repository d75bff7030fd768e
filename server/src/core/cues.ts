// Cue lists: data entries (a pattern, a note on why it is listed) compiled once into matchers.
// Patterns are regular-expression sources over lower-cased sentence text with straight apostrophes. Each is
// written without nested quantifiers so that matching stays linear in the sentence length.

export interface Cue {
  /** Regular-expression source in lower case, matched on a normalised (lower-cased) sentence. */
  readonly pattern: string;
  /** Why this entry is listed: shown in docs and tests. */
  readonly note: string;
  /** Counted once however often it matches: two quoted terms are no more sarcastic than one. */
  readonly once?: boolean;
  /** A sentence it must match, for an entry no labelled draft exercises yet (tests check it). */
  readonly example?: string;
}

export interface CueMatch<T extends Cue> {
  readonly cue: T;
  readonly index: number;
  readonly length: number;
  /** How many times the entry matched, counting at most MAX_COUNT: two different hints in one entry add up. */
  readonly count: number;
}

const MAX_COUNT = 2;

// Each entry is its own RegExp, without the i and u flags: text is lower-cased first, and the u flag was
// measured to make these patterns five times slower in V8. One alternation of all entries answers "does any
// match?" first: most sentences match none, and one scan was measured 25–35% faster than one per entry.
const acceptAll = (): boolean => true;

export class CueSet<T extends Cue> {
  private readonly each: readonly { cue: T; re: RegExp }[];
  private readonly any: RegExp;

  constructor(readonly cues: readonly T[]) {
    this.each = cues.map((cue) => ({ cue, re: new RegExp(cue.pattern, 'g') }));
    this.any = cues.length ? new RegExp(cues.map((cue) => `(?:${cue.pattern})`).join('|')) : /(?!)/;
  }

  test(text: string): boolean {
    return this.any.test(text);
  }

  /**
   * Every entry that matches, with where its first match lies. `accept` can pass over an occurrence ("rude" in
   * "no one was rude, but it felt disorganised"), so that a later one of the same entry still counts.
   */
  matches(text: string, accept: (cue: T, index: number) => boolean = acceptAll): CueMatch<T>[] {
    if (!this.any.test(text)) return [];
    const found: CueMatch<T>[] = [];
    for (const { cue, re } of this.each) {
      re.lastIndex = 0;
      let first: RegExpExecArray | undefined;
      let count = 0;
      const limit = cue.once ? 1 : MAX_COUNT;
      for (let m = re.exec(text); m && count < limit; m = re.exec(text)) {
        // An empty match leaves lastIndex where it was: step past it, or it is found again for ever.
        if (m[0].length === 0) re.lastIndex++;
        if (!accept(cue, m.index)) continue;
        first ??= m;
        count++;
      }
      if (first) found.push({ cue, index: first.index, length: first[0].length, count });
    }
    return found;
  }
}

// Texting spellings with one standard form, so that patterns need one spelling: "id still wanna work here if u
// have anything" reads as "i'd still want to work here if you have anything". "ill", "were", "well" and "cant" are
// words of their own and stay. "thx" keeps its spelling: the gratitude and sign-off lists name it, and the tone
// model has learned it as written.
const STANDARD: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', im: "i'm", ive: "i've", dont: "don't", didnt: "didn't", doesnt: "doesn't", isnt: "isn't",
  wasnt: "wasn't", arent: "aren't", werent: "weren't", couldnt: "couldn't", wouldnt: "wouldn't",
  shouldnt: "shouldn't", havent: "haven't", hasnt: "hasn't", wont: "won't", wanna: 'want to', gonna: 'going to',
  pls: 'please', plz: 'please',
};
// "id" is "I'd" only before the words that follow "I'd": a photo ID is not.
const BEFORE_I_D = 'still|love|like|be|really|appreciate|rather|have|need|want|welcome|definitely|totally|also|so|hate|prefer|happily';
// Built from the table's own words (an alternation of plain words, linear); the table stays the one list.
const TEXTING = new RegExp(`\\b(?:${Object.keys(STANDARD).join('|')})\\b|\\bid(?= (?:${BEFORE_I_D})\\b)`, 'g');
// TEXTING matches the table's words and "id", so a word not in the table is "id".
const standardSpelling = (word: string): string => STANDARD[word] ?? "i'd";

/**
 * Lower-cases, straightens quotes and spells texting forms out, so that patterns need one spelling: "I’m", "I'm"
 * and "im" read alike.
 */
export function normaliseSentence(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().replace(TEXTING, standardSpelling);
}
