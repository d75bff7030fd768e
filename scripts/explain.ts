// Developer aid: prints each sentence of a draft with what the analyses make of it.
// Usage: npx tsx scripts/explain.ts FILE…
import * as fs from 'node:fs';
import { analyse } from '../server/src/analysis/facts';
import { isGratitude } from '../server/src/analysis/gratitude';
import { expressesInterest } from '../server/src/analysis/interest';
import { buildDraft } from '../server/src/core/draft';
import { checkDraft } from '../server/src/core/check';
import { DEFAULT_OPTIONS } from '../server/src/core/types';

for (const file of process.argv.slice(2)) {
  const draft = buildDraft(fs.readFileSync(file, 'utf8'));
  const facts = analyse(draft, DEFAULT_OPTIONS);
  console.log(`== ${file}  salutation: ${facts.salutation ? `${facts.salutation.kind} "${draft.text.slice(facts.salutation.span.start, facts.salutation.span.end)}"` : 'none'}`);
  for (const s of facts.body) {
    const tone = facts.tone(s);
    const request = facts.feedbackRequests.find((r) => r.sentence === s);
    const tags = [
      tone.negative ? `NEG(${tone.beside ? 'beside' : `${tone.categories.join(',')}: ${tone.evidence}`})` : '',
      isGratitude(s, facts.normalised(s), tone.negative) ? 'THANKS' : '',
      request ? (request.specific ? 'ASK-SPECIFIC' : 'ASK-VAGUE') : '',
      expressesInterest(facts.normalised(s)) ? 'INTEREST' : '',
    ].filter(Boolean).join(' ');
    console.log(`  ${tags.padEnd(24)} | ${s.text.replace(/\s+/g, ' ')}`);
  }
  console.log('  findings:', checkDraft(draft).map((f) => f.ruleId).join(', '));
}
