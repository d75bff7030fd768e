import type { ToneAssessment } from '../analysis/tone';
import type { Sentence } from '../core/draft';
import type { Fix } from '../core/types';
import { rewriteFor } from './data/rewrites';
import { TONE_ADVICE } from './data/tone';
import type { Rule } from './types';

/** A gracious rewrite where the sentence or its kind of cue is recognised (never for a user's own phrase), then removal. */
function fixes(sentence: Sentence, normalised: string, tone: ToneAssessment): Fix[] {
  const rewrite = tone.userPhrase ? undefined : rewriteFor(normalised, tone.categories);
  const remove: Fix = { title: 'Remove this sentence', safe: false, edits: [{ span: sentence, text: '' }] };
  return rewrite ? [{ title: `Replace with "${rewrite}"`, safe: false, edits: [{ span: sentence, text: rewrite }] }, remove] : [remove];
}

export const negativeTone: Rule = {
  id: 'negative-tone',
  description: 'A sentence is bitter, blaming, sarcastic, defensive, argumentative, guilt-tripping, or asks for the decision to be changed.',
  defaultSeverity: 'warning',
  guidance: 'Stay positive and gracious: no bitterness, blame, sarcasm, defensiveness or arguing with the decision. Graciously framed disappointment is fine.',
  example: 'Although I am disappointed, I appreciate the time you and the panel gave me.',
  check(draft, { facts }, report) {
    for (const sentence of draft.sentences) {
      const tone = facts.tone(sentence);
      if (!tone.negative) continue;
      const advice = tone.categories.map((c) => TONE_ADVICE[c]);
      const what = tone.userPhrase
        ? `contains "${tone.userPhrase.phrase}", a phrase your configuration flags`
        : advice.length ? advice.map((a) => a.label).join(' and ')
        : tone.beside ? 'reads as part of the ungracious sentence beside it' : 'reads as bitter or ungracious';
      const suggestion = tone.userPhrase?.suggestion ?? advice[0]?.suggestion ?? 'Rephrase it graciously or leave it out.';
      report({
        span: sentence,
        message: `This sentence ${what}${tone.evidence && !tone.userPhrase ? ` ("${tone.evidence}")` : ''}. The guidance: stay gracious. ${suggestion}`,
        fixes: fixes(sentence, facts.normalised(sentence), tone),
      });
    }
  },
};
