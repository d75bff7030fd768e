// The fixes the rules attach to their findings: what each offers, which are safe, and that applying them mends the
// draft without losing a word. Fix All's choice of edits (safeEdits) is tested here on every draft we have.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, type Edit, type Finding } from '../../server/src/core';
import { safeEdits } from '../../server/src/lsp/codeActions';
import { CATEGORY_REWRITES, PATTERN_REWRITES, rewriteFor } from '../../server/src/rules/data/rewrites';
import { normaliseSlot, slotEntry, SLOTS } from '../../server/src/rules/data/slots';
import { TONE_CUES, type ToneCategory } from '../../server/src/rules/data/tone';
import { letter } from '../rules/table';

const root = path.join(__dirname, '..', '..');

/** Applies edits that refer to the original text, as an LSP client applies a WorkspaceEdit. */
function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, edit.span.start) + edit.text + out.slice(edit.span.end);
  return out;
}

const findingsOf = (text: string, ruleId: string): Finding[] => check(text).filter((f) => f.ruleId === ruleId);
const fixTitles = (text: string, ruleId: string): string[] => findingsOf(text, ruleId).flatMap((f) => f.fixes.map((x) => `${x.safe ? 'safe' : 'offered'}: ${x.title}`));

describe('fixes: placeholder-unfilled fills slots from front matter', () => {
  const FRONT_MATTER = '---\nto: Dr. Amira Haddad\ncompany: Brightline Health\nrole: Data Analyst\n---\n\n';

  it('maps slot spellings to the key they stand for', () => {
    const cases: [string, string | undefined][] = [
      ['[Hiring Manager]', 'to'], ["[Hiring Manager's Name]", 'to'], ['[Name]', 'to'], ['[First Name]', 'to'],
      ['[Company]', 'company'], ['[COMPANY]', 'company'], ['<Company Name>', 'company'], ['{{company}}', 'company'],
      ['{{ company_name }}', 'company'], ['[insert company name]', 'company'], ['[Name of Company]', 'company'],
      ['[Position]', 'role'], ['[Role]', 'role'], ['{{role}}', 'role'], ['[Job Title]', 'role'], ['<Position>', 'role'],
      ['[Your Name]', undefined], ['[insert specific skill]', undefined], ['XXX', undefined], ['[Date]', undefined],
    ];
    assert.deepEqual(cases.map(([slot]) => [slot, slotEntry(slot)?.field]), cases);
    assert.equal(normaliseSlot('[Insert  Company_Name]'), 'company name');
  });

  it('lists every slot name once, with a note', () => {
    const names = SLOTS.flatMap((s) => s.names);
    assert.deepEqual(names, [...new Set(names)]);
    for (const entry of SLOTS) assert.ok(entry.note.length > 10, entry.names[0]);
  });

  it('fills each slot with its key\'s value, titled with the slot and the value', () => {
    const text = `${FRONT_MATTER}Dear [Hiring Manager],\n\nThank you for the <Position> interview at {{company}}.\n\nBest,\nSam\n`;
    assert.deepEqual(fixTitles(text, 'placeholder-unfilled'), [
      'safe: Fill [Hiring Manager] with "Dr. Amira Haddad"',
      'safe: Fill <Position> with "Data Analyst"',
      'safe: Fill {{company}} with "Brightline Health"',
    ]);
    const fixed = apply(text, safeEdits(check(text)));
    assert.ok(fixed.includes('Dear Dr. Amira Haddad,\n\nThank you for the Data Analyst interview at Brightline Health.'), fixed);
    assert.deepEqual(findingsOf(fixed, 'placeholder-unfilled'), []);
  });

  it('fills "[Name]" safely only in the salutation: in a signature it may be the writer', () => {
    const text = `${FRONT_MATTER}Dear [Name],\n\nThank you for your time.\n\nBest,\n[Name]\n`;
    assert.deepEqual(fixTitles(text, 'placeholder-unfilled'), ['safe: Fill [Name] with "Dr. Amira Haddad"', 'offered: Fill [Name] with "Dr. Amira Haddad"']);
  });

  it('fills a first-name or surname slot with that part of the name, titles left out', () => {
    assert.deepEqual(fixTitles(`${FRONT_MATTER}Dear [First Name],\n\nThanks.\n`, 'placeholder-unfilled'), ['safe: Fill [First Name] with "Amira"']);
    assert.deepEqual(fixTitles(`${FRONT_MATTER}Dear Dr. [Surname],\n\nThanks.\n`, 'placeholder-unfilled'), ['safe: Fill [Surname] with "Haddad"']);
  });

  it('offers nothing when the front matter has no usable value', () => {
    const body = 'Dear Ms. Haddad,\n\nThank you for the [Position] interview and [insert skill].\n';
    assert.deepEqual(fixTitles(body, 'placeholder-unfilled'), []);
    assert.deepEqual(fixTitles(`---\nrole: "[Role]"\n---\n\n${body}`, 'placeholder-unfilled'), []);
    assert.deepEqual(fixTitles(`---\nrole:\n  - Analyst\n---\n\n${body}`, 'placeholder-unfilled'), []);
    assert.deepEqual(fixTitles(`${FRONT_MATTER}${body}`, 'placeholder-unfilled'), ['safe: Fill [Position] with "Data Analyst"']);
  });

  it('reads `to:` without the address after the name', () => {
    const text = '---\nto: Graham Whitfield <g.whitfield@northgate.example>\n---\n\nDear [Hiring Manager],\n\nThanks.\n';
    assert.deepEqual(fixTitles(text, 'placeholder-unfilled'), ['safe: Fill [Hiring Manager] with "Graham Whitfield"']);
  });
});

describe('fixes: greeting-generic names the reader from `to:`', () => {
  it('replaces the salutation with "Dear <to>,", safely', () => {
    const text = '---\nto: Priya Patel\n---\n\nDear Hiring Manager,\n\nThank you for your time.\n';
    assert.deepEqual(fixTitles(text, 'greeting-generic'), ['safe: Replace with "Dear Priya Patel,"']);
    const fixed = apply(text, safeEdits(check(text)));
    assert.ok(fixed.includes('\n\nDear Priya Patel,\n\nThank you'), fixed);
    assert.deepEqual(check(fixed).filter((f) => f.ruleId === 'greeting-generic' || f.ruleId === 'name-mismatch'), []);
  });

  it('offers nothing where the salutation holds markup the replacement would drop', () => {
    assert.deepEqual(fixTitles('---\nto: Priya Patel\n---\n\nDear *Hiring* Manager,\n\nThank you for your time.\n', 'greeting-generic'), []);
  });

  it('offers nothing without `to:`, or when the greeting already says it', () => {
    assert.deepEqual(fixTitles('Dear Hiring Manager,\n\nThank you for your time.\n', 'greeting-generic'), []);
    assert.deepEqual(fixTitles('---\nto: Hiring Team\n---\n\nDear Hiring Team,\n\nThank you.\n', 'greeting-generic'), []);
  });
});

describe('fixes: greeting-missing and gratitude-missing insert a line that reads well', () => {
  it('greets `to:` by name when the front matter gives it', () => {
    const text = '---\nto: Priya Patel\n---\n\nThank you for the call.\n';
    assert.deepEqual(fixTitles(text, 'greeting-missing'), ['offered: Insert "Dear Priya Patel," above the first line']);
    const fixed = apply(text, findingsOf(text, 'greeting-missing')[0].fixes[0].edits);
    assert.ok(fixed.endsWith('---\n\nDear Priya Patel,\n\nThank you for the call.\n'), fixed);
  });

  it('puts the thank-you sentence in its own paragraph after the salutation', () => {
    const text = letter('I was sorry to hear the news about the analyst role.');
    const fixed = apply(text, findingsOf(text, 'gratitude-missing')[0].fixes[0].edits);
    assert.ok(fixed.startsWith('Dear Ms. Patel,\n\nThank you for your time and consideration, and for the opportunity to interview.\n\nI was sorry'), fixed);
    assert.deepEqual(findingsOf(fixed, 'gratitude-missing'), []);
  });

  it('puts it before the first line when there is no salutation', () => {
    const text = 'I was sorry to hear the news about the analyst role.\n\nJordan\n';
    const fixed = apply(text, findingsOf(text, 'gratitude-missing')[0].fixes[0].edits);
    assert.ok(fixed.startsWith('Thank you for your time and consideration, and for the opportunity to interview.\n\nI was sorry'), fixed);
  });
});

describe('fixes: feedback-vague narrows the request', () => {
  const text = letter('Thank you for your time. I would appreciate any feedback you can share. I remain interested in future roles.');

  it('offers several areas, none safe, each inserted before the request\'s full stop', () => {
    const [finding] = findingsOf(text, 'feedback-vague');
    assert.equal(finding.fixes.length, 3);
    for (const fix of finding.fixes) {
      assert.equal(fix.safe, false);
      assert.equal(fix.edits.length, 1);
      assert.equal(fix.edits[0].span.start, fix.edits[0].span.end, 'an insertion keeps every word of the request');
      assert.equal(text[fix.edits[0].span.start], '.');
    }
  });

  it('leaves a specific request whose blanks placeholder-unfilled flags until filled', () => {
    for (const fix of findingsOf(text, 'feedback-vague')[0].fixes) {
      const fixed = apply(text, fix.edits);
      assert.ok(fixed.includes(`I would appreciate any feedback you can share${fix.edits[0].text}.`), fixed);
      assert.deepEqual(findingsOf(fixed, 'feedback-vague'), [], fix.title);
      const blanks = fix.edits[0].text.match(/\[[^\]]+\]/g)!;
      assert.deepEqual(findingsOf(fixed, 'placeholder-unfilled').map((f) => fixed.slice(f.span.start, f.span.end)), blanks);
    }
  });

  it('keeps a question a question', () => {
    const question = letter('Could you tell me what I could have done better?');
    const fix = findingsOf(question, 'feedback-vague')[0].fixes[0];
    assert.ok(apply(question, fix.edits).includes('done better, particularly on my answer to the [interview question] in the [interview round]?'));
  });
});

describe('fixes: negative-tone rewrites', () => {
  const normalise = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'");

  for (const entry of PATTERN_REWRITES) {
    it(`rewrites "${entry.example}"`, () => {
      assert.ok(entry.note.length > 10, 'a note on why');
      assert.ok(new RegExp(entry.pattern).test(normalise(entry.example)), 'the pattern recognises its example');
      assert.equal(rewriteFor(normalise(entry.example), []), entry.rewrite, 'no earlier pattern takes it');
      assert.deepEqual(findingsOf(letter(entry.rewrite), 'negative-tone'), [], 'the rewrite is gracious');
    });
  }

  for (const [category, entry] of Object.entries(CATEGORY_REWRITES) as [ToneCategory, (typeof CATEGORY_REWRITES)[ToneCategory]][]) {
    it(`rewrites a ${category} sentence no pattern knows: "${entry.example}"`, () => {
      assert.ok(entry.note.length > 10, 'a note on why');
      const example = normalise(entry.example);
      assert.ok(TONE_CUES.some((cue) => cue.category === category && new RegExp(cue.pattern).test(example)), `a ${category} cue sees it`);
      assert.ok(!PATTERN_REWRITES.some((p) => new RegExp(p.pattern).test(example)), 'no pattern recognises it');
      assert.equal(rewriteFor(example, [category]), entry.rewrite);
      assert.deepEqual(findingsOf(letter(entry.rewrite), 'negative-tone'), [], 'the rewrite is gracious');
    });
  }

  it('offers no rewrite for a sentence only the model flags', () => {
    assert.equal(rewriteFor('i expected more from a company like yours.', []), undefined);
  });

  it('replaces exactly the sentence, and always offers to remove it too', () => {
    const text = letter('Thank you. Honestly the whole process felt unfair and disorganised. I remain interested.');
    const [finding] = findingsOf(text, 'negative-tone');
    assert.deepEqual(finding.fixes.map((f) => [f.title, f.safe, f.edits.map((e) => e.span)]), [
      ['Replace with "Thank you for the time everyone put into the process."', false, [finding.span]],
      ['Remove this sentence', false, [finding.span]],
    ]);
  });

  it('offers only removal for a phrase the user\'s configuration flags', () => {
    const options = { rules: {}, negativePhrases: [{ phrase: 'per my last email' }], allowedPhrases: [] };
    const [finding] = check(letter('As per my last email, I am available on Monday.'), options).filter((f) => f.ruleId === 'negative-tone');
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Remove this sentence']);
  });
});

describe('fixes on every draft we have', () => {
  const dirs = [path.join(root, '..', 'shared', 'corpus'), path.join(root, 'examples'), path.join(root, 'test', 'fixtures')];
  const corpora = path.join(root, 'test', 'corpus');
  for (const d of fs.readdirSync(corpora)) if (fs.statSync(path.join(corpora, d)).isDirectory()) dirs.push(path.join(corpora, d));
  const drafts = dirs.filter((d) => fs.existsSync(d)).flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
  // Each draft again with front matter that names a reader, a company and a role, so that the fills and the
  // greeting fix have something to do.
  const withFrontMatter = drafts.map((text) => `---\nto: Amira Haddad\ncompany: Brightline Health\nrole: Data Analyst\n---\n\n${text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '')}`);
  const all = [...drafts, ...withFrontMatter];

  it('has drafts to read', () => assert.ok(drafts.length > 300, `${drafts.length} drafts`));

  it('never loses text: every edit inserts, or replaces exactly its finding', () => {
    for (const text of all) {
      for (const finding of check(text)) {
        for (const edit of finding.fixes.flatMap((f) => f.edits)) {
          const inserts = edit.span.start === edit.span.end;
          assert.ok(inserts || (edit.span.start === finding.span.start && edit.span.end === finding.span.end), `${finding.ruleId}: ${JSON.stringify(edit)}`);
        }
      }
    }
  });

  it('Fix All chooses edits that do not overlap, and leaves no safe fix behind', () => {
    let applied = 0;
    for (const text of all) {
      const edits = safeEdits(check(text));
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].span.end <= edits[i].span.start && edits[i - 1].span.start < edits[i].span.start);
      applied += edits.length;
      const fixed = apply(text, edits);
      const left = check(fixed).filter((f) => f.fixes.some((x) => x.safe));
      assert.deepEqual(left.map((f) => `${f.ruleId} ${fixed.slice(f.span.start, f.span.end)}`), [], text.slice(0, 300));
      assert.deepEqual(safeEdits(check(fixed)), [], 'a second Fix All changes nothing');
    }
    assert.ok(applied > 50, `only ${applied} safe edits across the drafts`);
  });

  it('adds no finding of the front-matter rules to a draft whose front matter has no `to` or `company`', () => {
    for (const text of drafts) {
      const data = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      if (/^(?:to|company):/m.test(data)) continue;
      assert.deepEqual(check(text).filter((f) => f.ruleId === 'name-mismatch' || f.ruleId === 'company-mismatch'), []);
    }
  });
});
