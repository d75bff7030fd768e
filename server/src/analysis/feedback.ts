// Requests for feedback on the writer's candidacy, and whether each names a concrete area.
import { CueSet } from '../core/cues';
import type { Draft, Sentence } from '../core/draft';
import { FEEDBACK_TOPICS, GENERIC_AREA_WORDS, JOB_HEADS, NOT_FEEDBACK, OFFERS_FEEDBACK, PHRASE_BREAKS, REQUEST_FRAMES, SPECIFIC_AREAS } from '../rules/data/feedback';

export interface FeedbackRequest {
  readonly sentence: Sentence;
  readonly specific: boolean;
}

const requestFrames = new CueSet(REQUEST_FRAMES);
const feedbackTopics = new CueSet(FEEDBACK_TOPICS);
const notFeedback = new CueSet(NOT_FEEDBACK);
const offersFeedbackCues = new CueSet(OFFERS_FEEDBACK);
const specificAreas = new CueSet(SPECIFIC_AREAS);
// Feedback already given: thanks for it, or a report of it, is not a request for more. A conditional ("I would
// be grateful for your feedback") asks for it, so it is never "received".
const CONDITIONAL = /\b(?:would|'d|could|might)\b/;
const RECEIVED = /\b(?:thanks?|thank\s+you|grateful|appreciate[ds]?)\b[^.?!]{0,40}\b(?:for|about)\s+(?:the|your|all\s+the|passing\s+on|sharing)\b[^.?!]{0,40}\bfeedback\b(?![^.?!]*\b(?:could|would|any\s+more|further|additional)\b)/;
// Lines that open a list of areas: "…on two things:".
const INTRODUCES_LIST = /:\s*$/;
// A follow-up sentence that narrows the request: "Especially the part where…".
const NARROWING = /^(?:(?:and\s+)?(?:particularly|especially|specifically|in\s+particular|mainly|above\s+all)\b|(?:i\s+(?:should|would|'d)\s+also\s+welcome|i'd\s+also\s+(?:like|love)))/;
// "Was that the problem?", "this part": the area is named in the sentence before.
const POINTS_BACK = /\b(?:feedback|comments?|thoughts|notes|views?|advice)\s+(?:on|about)\s+(?:it|that|this)\b|\b(?:was|is)\s+that\b|\b(?:this|that|these|those)\s+(?:part|parts|answer|one|area|piece|section|portion|approach|choice|question|bit|point|mistake)\b|^(?:was|is)\s+(?:this|that|it)\b/;
// A determiner and the phrase it leads, unless a time ahead introduces it ("before the spring round").
const DETERMINER = /(?<!\b(?:before|until|ahead\s+of)\s)\b(?:the|my|our|this|that|these|those)\s+/g;
// "…what I must learn, for example React hooks or unit testing": examples name areas without a determiner.
const EXAMPLES = /\b(?:for\s+example|for\s+instance|such\s+as|e\.g\.|including)[,:]?\s+([^.?!;]+)/;
const WORD = /^[a-z0-9][a-z0-9'/&+#.-]*$/;
const PAST_TENSE = /^[a-z]{3,}ed$/;

// Words that make a sentence about feedback even when it also asks to be kept in mind.
const PLAINLY_FEEDBACK = /\b(?:feedback|pointers|advice|tips|what\s+i\s+could\s+(?:have\s+)?(?:done|do)\s+better|(?:where|why|how)\s+i\s+(?:fell|went|came\s+up)\s+short|how\s+i\s+(?:could|can|might)\s+improve)\b/;

/** The writer offering the employer feedback or notes: neither a request for feedback nor interest in returning. */
export function offersFeedback(text: string): boolean {
  return offersFeedbackCues.test(text);
}

function isRequest(text: string): boolean {
  if (!requestFrames.test(text) || !feedbackTopics.test(text) || (RECEIVED.test(text) && !CONDITIONAL.test(text))) return false;
  if (offersFeedback(text)) return false;
  return PLAINLY_FEEDBACK.test(text) || !notFeedback.test(text);
}

/** A loop, not /[…]+$/: that pattern retries from every position, quadratic on a long run of commas. */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && ',;:.!?)"'.includes(word[end - 1])) end--;
  return word.slice(0, end);
}

/** Whether a determiner-led noun phrase in `text` names something other than the process, the job or a degree. */
function namesAnArea(text: string): boolean {
  for (const m of text.matchAll(DETERMINER)) {
    const words: string[] = [];
    for (const raw of text.slice(m.index + m[0].length).split(/\s+/, 5)) {
      const word = withoutTrailingPunctuation(raw);
      // A past-tense verb after the first word ends the phrase: "the Committee | reached its decision".
      if (!WORD.test(word) || PHRASE_BREAKS.has(word) || (words.length > 0 && PAST_TENSE.test(word))) break;
      words.push(word);
      if (word !== raw) break;
    }
    // "the Marketing role" names the job, "the next cycle" the future: neither is an area of the candidacy.
    if (words.length === 0 || words[0] === 'next' || JOB_HEADS.has(words[words.length - 1].replace(/'s$/, ''))) continue;
    if (words.some((w) => !GENERIC_AREA_WORDS.has(w))) return true;
  }
  return false;
}

// A request's clauses; the area must be named in one that asks, or in one that narrows the ask ("especially the
// SQL round"), not in a clause about something else ("and I'd be open to roles at the Moose Jaw plant").
const CLAUSE_BREAK = /[,;:]\s+|\s+(?:but|and|so)\s+/;
const REFERS_BACK = /\b(?:on|about|with|in|of)\s+(?:it|that|this|them|those)\b|\bwhich\s+ones\b/;
const NARROWS = /\b(?:particularly|especially|specially|specifically|in\s+particular|mainly|(?<!\b(?:would|'d)\s+)like|such\s+as|e\.g\.|for\s+example|whether|or|(?:most|really)\s+(?:useful|helpful|valuable)\s+(?:on|about|regarding))\b/;
// A clause giving the writer's reason ("because I'm trying to get better at presenting myself before I move into
// the construction sector") explains the ask; what it names is not what is asked about.
const GIVES_A_REASON = /^(?:because|since|as|given\s+that)\b/;
// A clause that states a wish of its own ("and I'd like to stay on the reserve list for relief or Saturday cover")
// does not narrow the ask, whatever its "or".
const STATES_A_WISH = /^(?:i\s*(?:'d|would)\s+|would\s+|i'm\s+|i\s+am\s+)(?:also\s+|still\s+|really\s+)?(?:like|love|want|keen|happy|glad|hope|hoping)\s+to\s+(?:be|stay|remain|join|apply|work|hear\s+(?:about|of))\b/;

const ASKS_READER = /\b(?:could|would|can|will)\s+you\b|\bif\s+you\s+(?:could|would|can|might|had)\b|\b(?:i'd|i\s+would)\s+(?:really\s+)?value\b/;

// "I'd love your take on one thing: the role-play in the final round": what follows the colon is what is asked.
const OBJECT_AFTER_COLON = /^([^:]*\b(?:on|about|regarding)\b[^:]*):\s*(.+)$/;

function namesAnExample(text: string): boolean {
  const examples = EXAMPLES.exec(text);
  return !!examples && examples[1].split(/[\s,]+/).some((w) => WORD.test(w) && !GENERIC_AREA_WORDS.has(w) && !PHRASE_BREAKS.has(w));
}

/**
 * Whether `text` names a concrete area: a listed one, a determiner-led phrase, or an example. Used on a request's
 * asking clauses, on what follows its colon, and on sentences that carry its area (a narrowing follow-up, a list item).
 */
function namesArea(text: string): boolean {
  return specificAreas.test(text) || namesAnArea(text) || namesAnExample(text);
}

function isSpecific(text: string): boolean {
  const colon = OBJECT_AFTER_COLON.exec(text);
  if (colon && (feedbackTopics.test(colon[1]) || PLAINLY_FEEDBACK.test(colon[1])) && namesArea(colon[2])) return true;
  const clauses = text.split(CLAUSE_BREAK);
  // A clause asks when it names feedback or puts a request to the reader: "would you look again at the bakery
  // rebrand and tell me what didn't work?" asks about the rebrand in its first clause.
  const asking = clauses.filter(
    (c) =>
      ASKS_READER.test(c) ||
      (!GIVES_A_REASON.test(c) && (feedbackTopics.test(c) || PLAINLY_FEEDBACK.test(c) || (NARROWS.test(c) && !STATES_A_WISH.test(c)))),
  );
  // "…the SQL exercise: could you tell me how I did on it?" asks about what another clause names.
  const refersBack = asking.some((c) => REFERS_BACK.test(c));
  return (asking.length && !refersBack ? asking : clauses).some(namesArea);
}

/** Sentences that carry a request's area: the next if it narrows it, the list after a ':', the one before for "that". */
function context(draft: Draft, index: number, text: string, normalised: (s: Sentence) => string): Sentence[] {
  const sentence = draft.sentences[index];
  const found: Sentence[] = [];
  const next = draft.sentences[index + 1];
  const previous = draft.sentences[index - 1];
  if (INTRODUCES_LIST.test(sentence.text)) {
    // The list items that directly follow the request's block.
    for (let i = index + 1; i < draft.sentences.length; i++) {
      const s = draft.sentences[i];
      if (s.block === sentence.block) continue;
      if (draft.blocks[s.block].kind !== 'list-item') break;
      found.push(s);
    }
  }
  if (next && next.block === sentence.block && NARROWING.test(normalised(next))) found.push(next);
  if (previous && POINTS_BACK.test(text)) found.push(previous);
  return found;
}

// An ungracious sentence is a request only when it plainly asks: "I think it is only fair that you explain…",
// "I want a real reason", "Why you not even interview me?" ask; "I don't know how I'm going to tell my family"
// does not.
const PLAIN_ASK = /\b(?:could|would|can|will)\s+you\b|\bplease\b|\bkindly\b|\brequest\s+you\b|\b(?:let\s+me\s+know|tell\s+me|share|explain|explanation|clarification)\b|\b(?:like|love|want|need)\s+to\s+(?:know|understand|hear)\b|\bto\s+(?:at\s+least\s+)?know\s+(?:what|why|how|where)\b|\b(?:want|need|deserve|like)\s+(?:a|an)\s+(?:\w+\s+)?(?:reason|answer|explanation)\b|^why\b|\bwondering\s+(?:how|why|what|whether|if)\b/;

// Tone kinds whose sentences argue or plead rather than ask: "Please, I need this job" is pressure, not a request.
const NOT_ASKING = ['rhetorical', 'appeal', 'pressure'];

/** `isUngracious` is the tone verdict; a rhetorical question or an appeal is never a request for feedback. */
export function findFeedbackRequests(
  draft: Draft,
  sentences: readonly Sentence[],
  normalised: (s: Sentence) => string,
  tone: (s: Sentence) => { negative: boolean; categories: readonly string[] },
): FeedbackRequest[] {
  const requests: FeedbackRequest[] = [];
  const indexOf = new Map(draft.sentences.map((s, i) => [s, i]));
  for (const sentence of sentences) {
    const text = normalised(sentence);
    if (!isRequest(text)) continue;
    const verdict = tone(sentence);
    if (NOT_ASKING.some((c) => verdict.categories.includes(c)) || (verdict.negative && !PLAIN_ASK.test(text))) continue;
    const specific = isSpecific(text) || context(draft, indexOf.get(sentence)!, text, normalised).some((s) => namesArea(normalised(s)));
    requests.push({ sentence, specific });
  }
  return requests;
}
