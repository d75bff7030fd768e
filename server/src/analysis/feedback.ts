// Requests for feedback on the writer's candidacy, and whether each names a concrete area.
import { CueSet, normaliseSentence } from '../core/cues';
import type { Draft, Sentence } from '../core/draft';
import { FEEDBACK_TOPICS, REQUEST_FRAMES, SPECIFIC_AREAS } from '../rules/data/feedback';

export interface FeedbackRequest {
  readonly sentence: Sentence;
  readonly specific: boolean;
}

const requestFrames = new CueSet(REQUEST_FRAMES);
const feedbackTopics = new CueSet(FEEDBACK_TOPICS);
const specificAreas = new CueSet(SPECIFIC_AREAS);
// Feedback already given: thanks for it, or a report of it, is not a request for more.
const RECEIVED = /\b(?:thanks?|thank\s+you|grateful|appreciate[ds]?)\b[^.?!]{0,40}\b(?:for|about)\s+(?:the|your|all\s+the|passing\s+on|sharing)\b[^.?!]{0,40}\bfeedback\b(?![^.?!]*\b(?:could|would|any\s+more|further|additional)\b)/;
// Lines that open a list of areas: "…on two things:".
const INTRODUCES_LIST = /:\s*$/;
// A follow-up sentence that narrows the request: "Especially the part where…".
const NARROWING = /^(?:(?:and\s+)?(?:particularly|especially|specifically|in\s+particular|mainly|above\s+all)\b|(?:i\s+(?:should|would|'d)\s+also\s+welcome|i'd\s+also\s+(?:like|love)))/;

function isRequest(text: string): boolean {
  return requestFrames.test(text) && feedbackTopics.test(text) && !RECEIVED.test(text);
}

/** The sentences that continue a request: the next one if it narrows it, the following list if it ends in ':'. */
function continuation(draft: Draft, sentence: Sentence): Sentence[] {
  const next = draft.sentences[draft.sentences.indexOf(sentence) + 1];
  if (INTRODUCES_LIST.test(sentence.text)) {
    return draft.sentences.filter((s) => s.block > sentence.block && draft.blocks[s.block].kind === 'list-item'
      && draft.blocks.slice(sentence.block + 1, s.block).every((b) => b.kind === 'list-item'));
  }
  return next && next.block === sentence.block && NARROWING.test(normaliseSentence(next.text)) ? [next] : [];
}

export function findFeedbackRequests(draft: Draft, sentences: readonly Sentence[]): FeedbackRequest[] {
  const requests: FeedbackRequest[] = [];
  for (const sentence of sentences) {
    const text = normaliseSentence(sentence.text);
    if (!isRequest(text)) continue;
    const specific = specificAreas.test(text) || continuation(draft, sentence).some((s) => specificAreas.test(normaliseSentence(s.text)));
    requests.push({ sentence, specific });
  }
  return requests;
}
