// Cue lists: data entries (a pattern, a note on why it is listed) compiled once into matchers.
// Patterns are regular-expression sources over lower-cased sentence text with straight apostrophes. Each is
// written without nested quantifiers so that matching stays linear in the sentence length.

export interface Cue {
  /** Regular-expression source, matched case-insensitively on a normalised sentence. */
  readonly pattern: string;
  /** Why this entry is listed: shown in docs and tests. */
  readonly note: string;
}

export interface CueMatch<T extends Cue> {
  readonly cue: T;
  readonly index: number;
  readonly length: number;
}

export class CueSet<T extends Cue> {
  private readonly any: RegExp;
  private readonly each: readonly { cue: T; re: RegExp }[];

  constructor(readonly cues: readonly T[]) {
    this.each = cues.map((cue) => ({ cue, re: new RegExp(cue.pattern, 'iu') }));
    this.any = new RegExp(cues.map((c) => `(?:${c.pattern})`).join('|') || '(?!)', 'iu');
  }

  test(text: string): boolean {
    return this.any.test(text);
  }

  /** Every entry that matches, with where its first match lies. */
  matches(text: string): CueMatch<T>[] {
    if (!this.any.test(text)) return [];
    const found: CueMatch<T>[] = [];
    for (const { cue, re } of this.each) {
      const m = re.exec(text);
      if (m) found.push({ cue, index: m.index, length: m[0].length });
    }
    return found;
  }
}

/** Lower-cases and straightens quotes so that patterns need one spelling: "I’m" and "I'm" read alike. */
export function normaliseSentence(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
