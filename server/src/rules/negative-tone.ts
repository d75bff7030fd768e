import type { Sentence } from '../core/draft';
import type { Fix } from '../core/types';
import type { ToneAssessment } from '../analysis/tone';
import { CATEGORY_REWRITES, PATTERN_REWRITES } from './data/rewrites';
import { TONE_ADVICE } from './data/tone';
import type { Rule } from './types';

const patternRewrites = PATTERN_REWRITES.map((entry) => ({ entry, re: new RegExp(entry.pattern) }));

/** A gracious sentence to put in its place, when the sentence or its kind of cue is one the rewrites know. */
function rewriteFor(normalised: string, tone: ToneAssessment): string | undefined {
  if (tone.userPhrase) return undefined;
  return patternRewrites.find(({ re }) => re.test(normalised))?.entry.rewrite
    ?? (tone.categories.length ? CATEGORY_REWRITES[tone.categories[0]].rewrite : undefined);
}

function fixes(sentence: Sentence, normalised: string, tone: ToneAssessment): Fix[] {
  const rewrite = rewriteFor(normalised, tone);
  const remove: Fix = { title: 'Remove this sentence', safe: false, edits: [{ span: sentence, text: '' }] };
  return rewrite ? [{ title: `Replace with "${rewrite}"`, safe: false, edits: [{ span: sentence, text: rewrite }] }, remove] : [remove];
}

export const negativeTone: Rule = {
  id: 'negative-tone',
  description: 'A sentence is bitter, blaming, sarcastic, defensive, argumentative, guilt-tripping, or asks for the decision to be changed.',
  defaultSeverity: 'warning',
  guidance: 'Stay positive and gracious: no bitterness, blame, sarcasm, defensiveness or arguing with the decision. Graciously framed disappointment is fine.',
  example: 'Although I am disappointed, I appreciate the time you and the panel gave me.',
  check(_draft, { facts }, report) {
    for (const sentence of facts.body) {
      const tone = facts.tone(sentence);
      if (!tone.negative) continue;
      const advice = tone.categories.map((c) => TONE_ADVICE[c]);
      const what = tone.userPhrase
        ? `contains "${tone.userPhrase.phrase}", a phrase your configuration flags`
        : advice.length ? advice.map((a) => a.label).join(' and ') : 'reads as bitter or ungracious';
      const suggestion = tone.userPhrase?.suggestion ?? advice[0]?.suggestion ?? 'Rephrase it graciously or leave it out.';
      report({
        span: sentence,
        message: `This sentence ${what}${tone.evidence && !tone.userPhrase ? ` ("${tone.evidence}")` : ''}. The guidance: stay gracious. ${suggestion}`,
        fixes: fixes(sentence, facts.normalised(sentence), tone),
      });
    }
  },
};
