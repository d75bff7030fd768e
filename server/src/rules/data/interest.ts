// Statements of continued interest in the employer or future openings.
import type { Cue } from '../../core/cues';

export const INTEREST_CUES: readonly Cue[] = [
  { pattern: "\\bkeep\\s+(?:me|my\\s+(?:name|details|r[ée]sum[ée]|cv|application|information|info|profile|contact\\s+details))\\s+(?:in\\s+mind|on\\s+file|on\\s+record|on\\s+(?:your|the)\\s+(?:radar|list|books)|in\\s+the\\s+loop|posted|in\\s+consideration)\\b", note: '"Please keep me in mind".' },
  { pattern: "\\bkeep\\s+me\\s+(?:posted|in\\s+the\\s+loop|on\\s+your\\s+radar)\\b|\\bthink\\s+of\\s+me\\b|\\breach\\s+out\\s+if\\b|\\blet\\s+me\\s+know\\s+if\\s+(?:anything|something|another|a\\s+(?:new\\s+)?(?:role|position|spot|opening))", note: '"Think of me if anything opens up".' },
  { pattern: "\\b(?:consider|considered|consideration)\\s+(?:me\\s+)?(?:for|in|on)\\s+(?:any\\s+|other\\s+|future\\s+|upcoming\\s+|similar\\s+|later\\s+|new\\s+|further\\s+|subsequent\\s+|related\\s+|the\\s+next\\s+)", note: '"Considered for future roles".' },
  { pattern: "\\b(?:remain|stay|be\\s+kept)\\s+(?:under|in)\\s+consideration\\b|\\bfuture\\s+consideration\\b", note: '"I would like to remain under consideration".' },
  { pattern: "\\b(?:for|in|about|on|of|to|with)\\s+(?:any\\s+)?(?:future|upcoming|later)\\s+(?:[a-z&/-]+\\s+){0,3}(?:roles?|openings?|positions?|opportunit(?:y|ies)|vacanc(?:y|ies)|postings?|jobs?|lectureships?|searches|cohorts?|cycles?)\\b", note: 'Future openings named as something to be considered for: "interested in future roles".' },
  { pattern: "\\b(?:still|remain|remains|continue\\s+to\\s+be|am|'m|are|'re)\\s+(?:(?:very|really|still|truly|genuinely|definitely|deeply|keenly|quite|so|most|extremely|just\\s+as)\\s+)*(?:interested|keen|enthusiastic|excited|eager|passionate)\\s+(?:in|about|to|for|by)\\b", note: '"I remain very interested in…".' },
  { pattern: "\\b(?:would|'d|still)\\s+(?:(?:really|still|very\\s+much|absolutely|definitely|genuinely|also)\\s+)*(?:love|like|want|be\\s+(?:glad|happy|thrilled|delighted|keen|excited|down|eager))\\s+to\\s+(?:work|join|be\\s+part|contribute|apply|be\\s+considered|come\\s+back|collaborate|help|teach|serve|be\\s+on|be\\s+a\\s+part)", note: '"I would love to join the team".' },
  { pattern: "\\b(?:apply(?:ing)?|re-?apply(?:ing)?)\\s+(?:again|in\\s+the\\s+future|for\\s+(?:future|other|the\\s+next))\\b|\\breapply\\b|\\bfuture\\s+applications?\\b", note: '"I will apply again".' },
  { pattern: "\\bhope\\s+(?:to|that\\s+(?:we|our\\s+paths))\\s+(?:(?:one\\s+day|someday|still|again)\\s+)?(?:work|join|cross\\s+paths|be\\s+considered|have\\s+(?:another|the)\\s+(?:chance|opportunity))|\\bpaths\\s+(?:will\\s+)?cross\\s+again\\b", note: '"I hope to work with you in the future".' },
  { pattern: "\\b(?:top|first)\\s+choice\\b|\\bwould\\s+jump\\s+at\\b|\\bjump\\s+at\\s+(?:another|the|a)\\s+(?:chance|opportunity)\\b|\\banother\\s+(?:chance|opportunity|opening)\\s+(?:to\\s+(?:work|join|interview|apply)|with\\s+(?:you|your))", note: '"Fernhill remains my top choice".' },
  { pattern: "\\bif\\s+(?:anything|something|another|a\\s+(?:new\\s+|similar\\s+)?(?:role|position|spot|opening|vacancy|opportunity))\\s+(?:else\\s+)?(?:ever\\s+)?(?:opens|comes|becomes|arises|opened|came|pops)\\b|\\bshould\\s+(?:a|another|any)\\s+(?:future\\s+|new\\s+|similar\\s+)?(?:role|position|opening|vacancy|opportunity)\\s+(?:arise|open|come|become)", note: '"If anything opens up…".' },
  { pattern: "\\b(?:still|remain|continue\\s+to\\s+be)\\s+(?:a\\s+)?(?:big\\s+|huge\\s+)?(?:fan|admirer)\\b|\\bwould\\s+love\\s+to\\s+(?:stay\\s+connected\\s+for|be\\s+considered)\\b|\\bnext\\s+time\\s+(?:an?|the|something)\\b[^.]{0,40}\\b(?:opens|comes|is)", note: 'Other ways of saying the door stays open.' },
];

/** Statements that close the door: they cancel interest cues in the same sentence. */
export const NOT_INTEREST: readonly Cue[] = [
  { pattern: "\\b(?:no\\s+longer|not|never\\s+(?:be|been))\\s+(?:(?:really|very|particularly|that|at\\s+all)\\s+)?interested\\b|\\bwon't\\s+be\\s+(?:applying|reapplying)\\b|\\bnot\\s+(?:be\\s+)?(?:applying|reapplying)\\b|\\bwould\\s+not\\s+(?:want|like)\\s+to\\s+be\\s+considered\\b", note: 'Negated or withdrawn interest.' },
  { pattern: "\\bgood\\s+luck\\s+(?:with|in)\\s+(?:your|the)\\s+(?:future|search|new)\\b", note: 'A wish for the employer, not interest in returning.' },
];
