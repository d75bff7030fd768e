// What sincere appreciation of the reader sounds like, and the look-alikes that are not it.
import type { Cue } from '../../core/cues';

/** Appreciation cues: any one of these in a body sentence is thanks, unless an exclusion below applies. */
export const GRATITUDE_CUES: readonly Cue[] = [
  { pattern: "\\bthank(?:s|\\s+you)\\b", note: 'Direct thanks: "thank you for your time", "thanks for letting me know".' },
  { pattern: "\\b(?:i|we)\\s+(?:really\\s+|truly\\s+|sincerely\\s+|greatly\\s+|genuinely\\s+|deeply\\s+|also\\s+|do\\s+|did\\s+|so\\s+|very\\s+much\\s+)*appreciated?\\b", note: 'Appreciation in the present or past: "I appreciate you calling", "I appreciated your candor".' },
  { pattern: "\\b(?:grateful|thankful|appreciative)\\b", note: 'Gratitude adjectives: "I am grateful for the chance to…".' },
  { pattern: "\\b(?:my|our|with)\\s+(?:sincere\\s+|deep\\s+|heartfelt\\s+|genuine\\s+)?(?:gratitude|appreciation|thanks)\\b", note: 'Gratitude nouns: "my sincere appreciation for your time".' },
  { pattern: "^(?:(?:really|truly|much|greatly)\\s+)?appreciate[ds]?\\b|\\b(?:thx|thanx|tysm|thank\\s+u|ty\\s+for|merci|gracias|danke|grazie|obrigad[oa]|asante|diolch|shukran|arigato|dzi[eę]kuj[eę]|dank\\s+je|takk|tack|tusind\\s+tak|mange\\s+tak|remercie|cheers\\s+(?:heaps|so\\s+much|a\\s+lot)\\s+for)\\b", note: 'Informal or borrowed thanks with no subject: "Appreciate the heads up", "thx for letting me know".' },
  { pattern: "\\bmany\\s+thanks\\b|\\bmuch\\s+appreciated\\b|\\bcheers\\s+for\\b|\\bta\\s+(?:very\\s+much\\s+|muchly\\s+|loads\\s+)?for\\b|\\bta\\s+very\\s+much\\b", note: 'Idiomatic thanks, British and casual included.' },
  { pattern: "\\b(?:kind|generous|gracious|good|thoughtful|considerate)\\s+of\\s+you\\b", note: 'Praise of the reader\'s gesture: "it was kind of you to call".' },
  { pattern: "\\b(?:it|that|this)\\s+(?:really\\s+)?(?:meant|means)\\s+(?:a\\s+(?:lot|great\\s+deal)|so\\s+much|something|everything)\\b", note: '"It meant a lot that you…".' },
  { pattern: "\\bi\\s+(?:really\\s+|truly\\s+|genuinely\\s+)?valued\\s+(?:the|your|our|having|being|you)\\b", note: '"I valued the time you gave me": appreciation in the past tense.' },
  { pattern: "\\bindebted\\b|\\bowe\\s+you\\b|\\bmuch\\s+obliged\\b|\\bobliged\\s+(?:to\\s+you|for)\\b", note: '"I am indebted to you", "owe you one", "much obliged".' },
  { pattern: "\\b(?:want|wish|wanted|like)\\s+to\\s+(?:\\w+\\s+)?(?:appreciate|thank)\\b|\\bto\\s+thank\\s+(?:you|u|the|your|for)\\b", note: '"I want to sincerely appreciate you and the panel", "I write you to thank the time you dedicated".' },
  { pattern: "\\b(?:i|we)\\s+(?:\\w+\\s+)?thank\\s+(?:the|your)\\s+(?:[a-z-]+\\s+){0,2}(?:firm|company|committee|panel|board|team|organi[sz]ation|school|practice|department|hospital|trust|council|university|faculty|club|agency)\\s+for\\b", note: 'Formal thanks to the reader\'s organisation: "I thank the firm for its consideration of my application."' },
];

/** Sentences that carry a gratitude word but are not sincere thanks to the reader. */
export const NOT_GRATITUDE: readonly Cue[] = [
  { pattern: "\\b(?:thanks?|thank\\s+you)\\s+(?:so\\s+much\\s+|very\\s+much\\s+)?(?:in\\s+advance|in\\s+anticipation|ahead\\s+of\\s+time|beforehand)\\b", note: '"Thanks in advance" thanks for a favour not yet done.' },
  { pattern: "\\b(?:would|'d|will|'ll|should|shall)\\s+(?:(?:really|greatly|truly|very|so|much|also|most|be|still|sincerely|certainly|definitely|deeply|especially|nonetheless|nevertheless|however|therefore|equally|even)\\s+)*(?:appreciate|grateful|thankful|appreciative)\\b|\\bwould\\s+be\\s+(?:much\\s+|greatly\\s+|really\\s+|very\\s+much\\s+|most\\s+|so\\s+)?appreciated\\b", note: '"I would appreciate any feedback" is a request, not thanks.' },
  { pattern: "\\bplease\\s+(?:thank|pass\\s+(?:on|along))\\b|\\bpass\\s+(?:on|along)\\s+my\\s+(?:thanks|gratitude|appreciation)\\b|\\bmy\\s+(?:thanks|gratitude|appreciation)\\s+to\\s+(?!you)", note: 'Thanks aimed at someone other than the reader (judged per clause: "Thanks for the tasting, and please thank Chef Ama" still thanks the reader).' },
  { pattern: "\\bno\\s+thanks\\b|\\bnot\\s+(?:very\\s+|at\\s+all\\s+)?(?:grateful|thankful)\\b|\\bnothing\\s+to\\s+(?:thank|be\\s+grateful)", note: 'Negated gratitude.', example: 'honestly there is nothing to thank you for here.' },
  { pattern: "\\bif\\s+you\\s+(?:could|would|can)\\b[^.]*\\b(?:grateful|appreciate)", note: 'Conditional appreciation is a request.', example: 'if you could send the scores i would be grateful.' },
  { pattern: "\\b(?:appreciate|grateful|thankful)\\s+(?:it\\s+)?if\\s+you\\b", note: '"I appreciate if you can tell me…" asks a favour, as "I would appreciate it if" does.' },
  { pattern: "\\b(?:appreciate|welcome)\\s+any\\s+(?:\\w+\\s+)?(?:feedback|advice|pointers|thoughts|insights?|guidance|comments|suggestions|tips)\\b", note: '"I appreciate any feedback you can offer" asks for feedback; it thanks no one yet (SPEC).' },
];

/**
 * Words a thanking sign-off is made of ("Thanks,", "Many thanks!", "With appreciation,"): a sentence made of
 * these alone is a sign-off, not the body's thanks. A word set, not a pattern: the alternation it replaces
 * backtracked exponentially on a line of repeated "thank".
 */
export const SIGN_OFF_WORDS: ReadonlySet<string> = new Set([
  'with', 'in', 'many', 'big', 'huge', 'warm', 'warmest', 'kind', 'kindest', 'sincere', 'again', 'so', 'very',
  'much', 'a', 'lot', 'all', 'the', 'best', 'thanks', 'thank', 'you', 'gratitude', 'appreciation',
  'appreciatively', 'gratefully', 'and', 'regards', 'cheers', 'thx', 'thanx', 'ty', 'anyway',
  // "Thanks & Regards,", "Much appreciated,": closings above a signature.
  '&', 'appreciated',
]);
