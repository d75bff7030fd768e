// Inline suppression comments:
//   <!-- gracious-disable RULE… -->            off from here (all rules when none named)
//   <!-- gracious-enable RULE… -->             on again from here
//   <!-- gracious-disable-next-line RULE… -->  off for the next line that has content
import type { Draft } from './draft';
import { lineOf } from './lines';

const DIRECTIVE = /^<!--\s*gracious-(disable-next-line|disable|enable)\b([^>]*?)\s*-->$/;

interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  readonly rules: readonly string[] | 'all';
  readonly offset: number;
  readonly line: number;
}

export interface Suppressions {
  /** Whether a finding of `ruleId` starting at `offset` is switched off. */
  isSuppressed(ruleId: string, offset: number): boolean;
}

function parseDirectives(draft: Draft): Directive[] {
  const directives: Directive[] = [];
  for (const comment of draft.comments) {
    const m = DIRECTIVE.exec(comment.text.trim());
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    directives.push({
      kind: m[1] as Directive['kind'],
      rules: names.length ? names : 'all',
      offset: comment.start,
      line: lineOf(draft.lineStarts, comment.end),
    });
  }
  return directives;
}

const covers = (rules: Directive['rules'], id: string): boolean => rules === 'all' || rules.includes(id);

export function findSuppressions(draft: Draft): Suppressions {
  const directives = parseDirectives(draft);
  // The line a next-line directive covers: the first line after it that holds any prose.
  const nextLines = directives.filter((d) => d.kind === 'disable-next-line').map((d) => {
    const next = draft.sentences.find((s) => lineOf(draft.lineStarts, s.start) > d.line);
    return { rules: d.rules, line: next ? lineOf(draft.lineStarts, next.start) : -1 };
  });
  const ranges = directives.filter((d) => d.kind !== 'disable-next-line').sort((a, b) => a.offset - b.offset);
  return {
    isSuppressed(ruleId, offset) {
      let off = false;
      for (const d of ranges) {
        if (d.offset > offset) break;
        if (covers(d.rules, ruleId)) off = d.kind === 'disable';
      }
      if (off) return true;
      const line = lineOf(draft.lineStarts, offset);
      return nextLines.some((n) => n.line === line && covers(n.rules, ruleId));
    },
  };
}
