// What makes a sentence of a follow-up email ungracious. Each cue has a weight: 1 is enough on its own; smaller
// weights are hints that flag a sentence only together (e.g. "I guess" with "well,"). Patterns match a
// lower-cased sentence with straight apostrophes; the note says why the entry is here.
import type { Cue } from '../../core/cues';

export type ToneCategory = 'appeal' | 'blame' | 'defensive' | 'sarcasm' | 'pressure' | 'rhetorical';

export interface ToneCue extends Cue {
  readonly category: ToneCategory;
  readonly weight: number;
}

/** What the guidance asks instead, per kind of ungracious sentence. */
export const TONE_ADVICE: Readonly<Record<ToneCategory, { label: string; suggestion: string }>> = {
  appeal: { label: 'asks for the decision to be changed', suggestion: 'Accept the decision and ask to be considered for future openings instead.' },
  blame: { label: 'blames the employer or the process', suggestion: 'Describe what you learned rather than what they did wrong, or leave it out.' },
  defensive: { label: 'argues with the decision', suggestion: 'Instead of defending your answer, ask how it could have been stronger.' },
  sarcasm: { label: 'reads as sarcastic', suggestion: 'Say it plainly and warmly, or leave it out.' },
  pressure: { label: 'puts pressure or guilt on the reader', suggestion: 'Keep personal pressures out; thank them and look ahead instead.' },
  rhetorical: { label: 'asks a rhetorical question', suggestion: 'Turn it into a sincere, specific question about your candidacy.' },
};

const c = (category: ToneCategory, weight: number, pattern: string, note: string): ToneCue => ({ category, weight, pattern, note });

export const TONE_CUES: readonly ToneCue[] = [
  // Asking for the decision to be changed: negative however politely put (SPEC).
  c('appeal', 1, "\\breconsider(?:ing|ation|ed)?\\b", 'Asking the reader to reconsider.'),
  c('appeal', 1, "\\b(?:revisit|re-?evaluate|re-?assess|overturn|reverse|rethink|re-?open|re-?review)\\s+(?:(?:your|the|this|my|its|that)\\s+)?(?:decision|application|candidacy|outcome|choice|selection|result|file|scores?|scoring|assessment|evaluation|ranking|marks|grades?)\\b", 'Asking for the decision or application to be looked at again.'),
  c('appeal', 1, "\\b(?:review|look\\s+at|re-?score|re-?mark|assess|re-?grade)\\s+(?:\\w+\\s+){0,3}again\\b|\\b(?:another|a\\s+second)\\s+(?:review|look)\\s+at\\s+(?:my|the)\\b", '"Review my scores again".'),
  c('appeal', 1, "\\bappeal(?:ing)?\\s+(?:the|this|your|that|against)\\b|\\b(?:formal|file\\s+an?)\\s+appeal\\b|\\bformally\\s+appeal\\b", 'An appeal of the decision.'),
  c('appeal', 1, "\\bchange\\s+(?:your|the\\s+(?:team's|panel's|committee's))\\s+mind\\b|\\b(?:give|grant)\\s+me\\s+(?:another|a\\s+second)\\s+(?:chance|shot|look|interview)\\b|\\btake\\s+(?:another|a\\s+second)\\s+look\\s+at\\s+my\\b", 'Asking for another chance at this same role.'),
  c('appeal', 1, "\\bbefore\\s+you\\s+(?:extend|make|finali[sz]e|send|confirm)\\s+(?:the|an|your)\\s+offer\\b", 'Pressing for a change before the offer goes out.'),
  c('appeal', 0.6, "\\bin\\s+light\\s+of\\s+(?:these|them|the\\s+attached|my\\s+(?:references|experience|record))\\b|\\b(?:attached|enclosed)\\s+(?:two\\s+|three\\s+|some\\s+|additional\\s+|further\\s+)*(?:references|letters|evidence|documents)\\b", 'New material sent to argue the case again; a hint.'),

  // Blaming the interviewer, the employer or the process.
  c('blame', 1, "\\b(?:unfair(?:ly)?|unprofessional|disrespectful|rude(?:ly)?|biased|rigged|a\\s+joke|a\\s+sham|ridiculous|absurd|insulting|disorgani[sz]ed|incompetent|dismissive|condescending|arrogant|unacceptable|appalling|outrageous|shameful|discriminat\\w*)\\b", 'Condemning words about how the writer was treated.'),
  c('blame', 1, "\\bwast(?:e|ed|ing)\\s+(?:of\\s+)?(?:my|our|everyone's|everybody's|people's|candidates')?\\s*(?:time|effort)\\b|\\bsave\\s+(?:everyone|everybody|candidates|people|us|future\\s+candidates)\\b[^.]{0,30}\\btime\\b", 'Accusing the employer of wasting time.'),
  c('blame', 1, "\\bghost(?:ed|ing)\\b", 'Accusing the employer of ghosting.'),
  c('blame', 1, "\\b(?:nobody|no\\s+one|no-one)\\s+(?:even\\s+|actually\\s+|really\\s+|ever\\s+|bothered\\s+to\\s+)*(?:read|opened|looked|listened|bothered|cared|replied|responded|followed|checked)\\b", '"Nobody even opened the file".'),
  c('blame', 1, "\\b(?:you|they|he|she|the\\s+(?:panel|interviewer|team|committee|manager))\\s+(?:clearly\\s+|obviously\\s+|never\\s+|didn't\\s+even\\s+|did\\s+not\\s+even\\s+)*(?:didn't|did\\s+not|hadn't|had\\s+not|never)\\s+(?:even\\s+|really\\s+|actually\\s+|bother\\s+to\\s+)*(?:read|open|look\\s+at|listen|prepare|review|check|bother)\\b", '"You clearly hadn\'t read my CV".'),
  c('blame', 1, "\\b(?:not|n't|never|no)\\b[^.]{0,50}\\b(?:a\\s+)?(?:real|fair|proper|genuine|honest)\\s+(?:chance|shot|opportunity|hearing|look)\\b", 'Complaining of not getting a fair chance.'),
  c('blame', 1, "\\bnothing\\s+to\\s+do\\s+with\\s+me\\b|\\bnot\\s+my\\s+fault\\b|\\bno\\s+fault\\s+of\\s+my\\s+own\\b|\\bbeyond\\s+my\\s+control\\b", 'Deflecting blame for a weak point.'),
  c('blame', 1, "\\b(?:showed\\s+up|arrived|came\\s+in|turned\\s+up|was|were)\\s+(?:\\d+|twenty|thirty|forty|fifteen|an?)\\s+(?:minutes?|hours?)\\s+late\\b|\\brushed\\s+(?:me|us|through)\\b|\\binterrupt(?:ed|ing)\\s+me\\b|\\bcut\\s+me\\s+off\\b|\\b(?:wasn't|was\\s+not|weren't)\\s+(?:even\\s+)?(?:paying\\s+attention|listening|prepared)\\b|\\bon\\s+(?:his|her|their)\\s+phone\\b", 'Faulting how the interviewer behaved.'),
  c('blame', 1, "\\bonly\\s+(?:in|at|after|during|when)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}(?:interview|round|stage|call|meeting|visit)\\s+(?:that\\s+)?(?:i|we)\\s+(?:learned|found\\s+out|discovered|was\\s+told|realized|realised)\\b|\\b(?:i|we)\\s+(?:was|were)\\s+(?:never|not)\\s+(?:told|informed|made\\s+aware)\\b|\\b(?:nobody|no\\s+one)\\s+(?:told|mentioned|informed)\\b", 'Complaining of not being told something.'),
  c('blame', 1, "\\bonly\\s+after\\s+(?:i\\s+)?(?:writing|wrote|asking|asked|chasing|chased|following\\s+up|followed\\s+up|emailing|emailed|calling|called|nudging)\\b|\\bnot\\s+the\\s+(?:experience|standard|treatment|process|level\\s+of\\s+\\w+)\\s+(?:i|one|candidates|anyone)\\s+(?:expected|would\\s+expect|expects|deserves?)\\b", 'Complaining about how slowly or poorly the process ran.'),
  c('blame', 0.6, "\\b(?:two|one|three)-(?:line|sentence)\\s+(?:email|message|reply|note|rejection)\\b|\\b(?:form|generic|automated|canned|template)\\s+(?:letter|email|rejection|reply|response)\\b|\\bprides?\\s+itself\\b|\\bafter\\s+(?:\\w+\\s+){0,2}(?:weeks|months)\\s+of\\s+(?:silence|waiting)\\b", 'Pointed remarks on how the rejection was delivered.'),
  c('blame', 1, "\\bfor\\s+(?:future|other|the\\s+next|your\\s+next)\\s+candidates\\b|\\b(?:i'd|i\\s+would)\\s+(?:suggest|recommend|advise|encourage)\\s+(?:that\\s+)?(?:you|being|your|the\\s+(?:team|company|panel|firm|department))\\b|\\byou\\s+(?:should|might\\s+want\\s+to|may\\s+want\\s+to|need\\s+to|ought\\s+to|could\\s+at\\s+least)\\s+(?:be|consider|think|look|make|improve|update|tell|let|give|read|respond|reply|communicate|train|fix|have)\\b", 'Unsolicited advice to the employer about their process.'),
  c('blame', 1, "\\b(?:your|the)\\s+(?:interviewer|recruiter|manager|panel|hr|process|company|committee|hiring\\s+manager|service\\s+manager|interviewers|panelists)\\s+(?:was|were|seemed|felt)\\s+(?:so\\s+|very\\s+|really\\s+|clearly\\s+|extremely\\s+|quite\\s+)?(?:late|distracted|unprepared|uninterested|slow|confusing|chaotic|cold|hostile|careless|sloppy|vague|misleading)\\b", 'A negative judgement of the interviewer or process.'),
  c('blame', 0.6, "\\bunder\\s+(?:those|these|such)\\s+conditions\\b|\\bhad\\s+(?:already\\s+)?(?:made\\s+up\\s+(?:their|your|his|her)\\s+mind|decided)\\b|\\b(?:internal|inside)\\s+(?:candidate|hire)\\b", 'Suggesting the outcome was fixed or the setting unfair.'),

  // Arguing with the decision or defending an answer.
  c('defensive', 1, "\\bpush\\s+back\\b|\\bwith\\s+all\\s+due\\s+respect\\b|\\b(?:i\\s+)?(?:strongly\\s+|respectfully\\s+|must\\s+|have\\s+to\\s+)?disagree\\b|\\bset\\s+the\\s+record\\s+straight\\b|\\bfor\\s+the\\s+record\\b", 'Open disagreement with the decision.'),
  c('defensive', 1, "\\b(?:my|the)\\s+(?:answer|solution|code|approach|response|design|numbers|estimate|analysis|calculation)\\b[^.;]{0,60}\\b(?:was|were|is|are)\\s+(?:actually\\s+|in\\s+fact\\s+|entirely\\s+|completely\\s+|perfectly\\s+)?(?:correct|right|fine|valid|accurate|sound)\\b|\\bhandled\\s+(?:every|all\\s+(?:the|of\\s+the))\\s+(?:case|edge|requirement)|\\bi\\s+(?:did|was)\\s+(?:in\\s+fact|actually)\\b", 'Insisting an answer was right.'),
  c('defensive', 1, "\\b(?:did\\s+not|didn't|doesn't|does\\s+not|do\\s+not|don't|fails?\\s+to|failed\\s+to)\\s+(?:accurately\\s+|fully\\s+|really\\s+|properly\\s+|fairly\\s+)?(?:reflect|capture|do\\s+justice|represent)\\b", '"The score did not reflect my work".'),
  c('defensive', 1, "\\bhard\\s+to\\s+(?:understand|believe|accept|see\\s+(?:why|how))\\b|\\b(?:don't|do\\s+not|can't|cannot|fail\\s+to)\\s+(?:understand|see)\\s+(?:why|how)\\b", 'Disbelief at the decision.'),
  c('defensive', 0.6, "\\b(?:passed\\s+over|overlooked)\\b|\\b(?:less|fewer)\\s+(?:experience|qualified|years|credentials)\\b|\\bless\\s+experienced\\b|\\bmore\\s+qualified\\s+than\\b|\\bbetter\\s+qualified\\b", 'Comparing oneself with the person hired.'),
  c('defensive', 0.4, "\\b(?:i've|i\\s+have)\\s+(?:been\\s+doing|done|run|managed|worked|led|taught|had|spent)\\b[^.]{0,50}\\b(?:for|over)\\s+(?:\\w+|\\d+)\\s+years\\b|\\btwice\\s+the\\b", 'Credentials offered as an argument, a hint when other cues agree.'),
  c('defensive', 1, "\\bto\\s+be\\s+honest,?\\s+i\\s+(?:don't|do\\s+not)\\s+think\\b|\\bi\\s+still\\s+(?:think|believe|feel|maintain)\\b|\\bi\\s+(?:stand\\s+by|maintain\\s+that)\\b", 'Maintaining a disagreement.'),
  c('defensive', 0.6, "\\bto\\s+be\\s+(?:clear|fair|frank)\\b|\\bfrankly\\b|\\bi\\s+believe\\s+(?:that\\s+)?(?:the\\s+)?(?:scoring|score|decision|panel|assessment|evaluation|result|process|grading|marking)\\b", 'Framing that usually opens an argument.'),
  c('defensive', 1, "\\bclearly\\s+(?:didn't|did\\s+not|hadn't|wasn't|never|had\\s+already|wanted|preferred|chose|went|favou?red)\\b|\\bobviously\\s+(?:didn't|did\\s+not|hadn't|wasn't|never|wanted|preferred|chose|went|favou?red)\\b", '"Clearly" used to accuse.'),

  // Sarcasm: praise or thanks that means the opposite.
  c('sarcasm', 1, "\\bthanks?,?\\s+i\\s+guess\\b|\\bthanks?\\s+(?:a\\s+lot\\s+|so\\s+much\\s+)?for\\s+(?:nothing|wasting|ghosting|the\\s+(?:two-line|one-line|form|generic|automated|canned))\\b", 'Thanks that means the opposite.'),
  c('sarcasm', 1, "\\bthanks?\\b[^.]{0,80}\\b(?:weeks|days|months)\\s+(?:after|late|past|overdue)\\b|\\bafter\\s+the\\s+fact\\b|\\bthank(?:s|\\s+you)\\s+for\\s+the\\s+[\\w-]+,\\s+(?:delivered|sent|received)\\b", 'Thanks followed by the delay it came after: mock gratitude.'),
  c('sarcasm', 0.6, "\\bi\\s+guess\\b|\\bguess\\s+(?:my|i|that|it)\\b|^well,", 'Resigned irony; a hint that needs company.'),
  c('sarcasm', 1, "\\b(?:i'm|i\\s+am)\\s+sure\\s+(?:the\\s+\\w+|you|they|he|she|whoever|your\\s+\\w+)\\b[^.]{0,60}\\b(?:eventually|someday|one\\s+day|worth\\s+the\\s+wait|figure|sort\\s+it|work\\s+it\\s+out)\\b", '"I\'m sure the team will figure it out eventually".'),
  c('sarcasm', 1, "\\bcongrat(?:s|ulations)\\s+on\\s+(?:finding|hiring|choosing|picking|landing)\\s+(?:someone|somebody|a\\s+candidate|the\\s+\\w+\\s+candidate)\\b|\\bmust\\s+be\\s+nice\\b|\\bgood\\s+luck\\s+with\\s+that\\b|\\bworth\\s+the\\s+wait\\b|\\bnice\\s+to\\s+(?:finally\\s+)?hear\\s+back\\b|\\bbetter\\s+late\\s+than\\s+never\\b", 'Ironic congratulations or wishes.'),
  c('sarcasm', 1, "\"(?:wasn't|was\\s+not|not)?\\s*(?:the\\s+)?(?:right|best|better|good|culture|perfect)\\s+fit[.!,]?\"|\"(?:(?:a|the)\\s+)?(?:different|other|new)\\s+direction\"|\"(?:strong|stronger|more\\s+suitable|more\\s+qualified)\\s+candidates?\"", 'Scare quotes around the employer\'s own words.'),
  c('sarcasm', 0.6, "\\b(?:lol|lmao|smh|ugh|pfft|sheesh|yikes|tbh|kinda\\s+feels)\\b|\\bquite\\s+(?:a|the)\\s+(?:journey|ride|experience|process)\\b|\\bapparently\\b|\\bof\\s+course\\s+(?:you|the\\s+\\w+|they)\\s+(?:chose|went|picked|hired)\\b", 'Asides that signal irony.'),
  c('sarcasm', 1, "\\b(?:doesn't|does\\s+not|don't|didn't|did\\s+not)\\s+(?:count|matter|mean)\\s+(?:for\\s+)?(?:much|anything|a\\s+thing)\\b|(?:^|[,;:]\\s)so\\s+much\\s+for\\b", '"I guess experience doesn\'t count for much".'),

  // Guilt, pressure and self-pity aimed at the reader.
  c('pressure', 1, "\\bcount\\s+for\\s+something\\b|\\bi\\s+(?:had\\s+)?hoped\\s+(?:that\\s+)?(?:would|it\\s+would|this\\s+would)\\s+(?:count|matter|mean)\\b|\\bi'll\\s+never\\s+(?:be|get)\\b|\\bi\\s+will\\s+never\\s+(?:be|get)\\b", 'Suggesting loyalty was owed a reward.'),
  c('pressure', 0.6, "\\b(?:really|truly|deeply)\\s+hurts?\\b|\\bthis\\s+(?:one\\s+)?hurts\\b|\\b(?:devastated|heartbroken|crushed|gutted)\\b|\\b(?:four|five|three|six|several|many|\\d+)\\s+times\\s+(?:now|already)\\b", 'Hurt pressed on the reader; a hint that needs company.'),
  c('pressure', 1, "\\bi\\s+(?:really\\s+)?(?:don't|do\\s+not)\\s+know\\s+what\\s+(?:i'll|i\\s+will|i'm\\s+going\\s+to|i\\s+am\\s+going\\s+to)\\s+do\\b|\\bi\\s+(?:really\\s+)?need(?:ed)?\\s+this\\s+(?:job|role|position)\\b|\\bdesperate(?:ly)?\\b", 'Personal hardship offered as a reason to change the outcome.'),
  c('pressure', 0.6, "\\bsingle\\s+(?:mom|mother|dad|father|parent)\\b|\\b(?:would\\s+have|could\\s+have|would've)\\s+made\\s+a\\s+(?:huge|big|real|massive|world\\s+of)\\s+difference\\s+(?:for|to)\\s+(?:me|us|my)\\b|\\bhoping\\s+you'll\\b", 'Family circumstances as leverage; a hint that needs company.'),
  c('pressure', 1, "\\b(?:already\\s+)?(?:told|informed)\\s+my\\s+(?:current\\s+)?(?:manager|boss|employer|team)\\b|\\bturned\\s+down\\s+(?:another|an|other|a)\\s+(?:\\w+\\s+)?(?:offers?|jobs?|roles?|positions?)\\b|\\b(?:led|lead)\\s+me\\s+to\\s+believe\\b|\\bawkward\\s+(?:position|spot|situation)\\b|\\bi\\s+was\\s+(?:promised|assured)\\b", 'Making the reader responsible for the writer\'s choices.'),
  c('pressure', 0.6, "\\bdone\\s+deal\\b|\\bmade\\s+it\\s+(?:sound|seem)\\s+(?:like|as\\s+if)\\b|\\bafter\\s+all\\s+(?:the|my|i)\\b|\\bi\\s+have\\s+to\\s+(?:be\\s+honest|admit)\\b", 'Framing that usually leads into guilt or blame.'),

  // Rhetorical questions.
  c('rhetorical', 1, "\\bhow\\s+(?:was|is|am|were|are|would|could)\\s+(?:i|anyone|anybody|a\\s+candidate|someone|one)\\s+(?:supposed|expected|meant)\\s+to\\b|\\bnot\\s+sure\\s+how\\s+(?:anyone|anybody|i|someone|a\\s+candidate)\\s+(?:is|was)\\s+(?:supposed|expected|meant)\\s+to\\b", '"How was I supposed to…?"'),
  c('rhetorical', 1, "\\bwhat\\s+(?:more|else)\\s+(?:could|should|was|did)\\s+(?:i|you)\\b[^.]*\\?|\\bwhy\\s+(?:would|did|bother)\\s+(?:you|anyone|they)\\b[^.]*\\?|\\bwhat\\s+(?:exactly\\s+)?(?:were|are)\\s+you\\s+(?:even\\s+)?looking\\s+for\\b|\\bstill\\s+(?:don't|do\\s+not)\\s+know\\s+(?:what|why)\\b", 'Questions that accuse rather than ask.'),
  c('rhetorical', 1, "^(?:wasn't|isn't|weren't|didn't|doesn't|shouldn't|aren't|don't)\\s+(?:the|it|that|this|you|my|i)\\b[^?]*\\?", 'A negative question that argues rather than asks: "Wasn\'t the point of the exercise…?"'),
  c('rhetorical', 0.6, "\\b(?:four|three|five|six|seven|several|\\d+)\\s+(?:interviews|rounds|calls|meetings|weeks|months|assessments)\\s+(?:and|later|for)\\b", 'Counting the effort spent; a hint that needs company.'),

  // Backhanded wishes and ironic asides.
  c('sarcasm', 0.6, "\\b(?:i'm|i\\s+am)\\s+sure\\s+(?:the|your|that|it|whoever|they|he|she|this|[a-z]+'s)\\b", '"I\'m sure the committee knows best": usually ironic in a rejection reply; a hint.'),
  c('sarcasm', 0.6, "\\bknows?\\s+best\\b|\\bwork\\s+out\\s+(?:great|just\\s+fine|perfectly)\\b|\\bfrom\\s+scratch\\b|\\b(?:finally|eventually)\\b|\\bgets?\\s+a\\s+lot\\s+of\\s+applicants\\b|\\bright\\s+back\\s+where\\s+i\\s+started\\b|\\bnot\\s+gonna\\s+lie\\b", 'Words that turn a wish ironic; hints.'),
  c('sarcasm', 1, "\\bwhatever\\s+it\\s+is\\s+(?:you're|you\\s+are|they're|they\\s+are|it's|it\\s+is)\\s+looking\\s+for\\b|\\byou'll\\s+need\\s+it\\b|\\bgoing\\s+to\\s+need\\s+it\\b|\\blasts?\\s+longer\\s+than\\b|\\bas\\s+well\\s+as\\s+i\\s+do\\b|\\bjust\\s+a\\s+coincidence\\b", 'Backhanded wishes: "Best of luck, you\'ll need it."'),
  c('sarcasm', 0.6, "\\bfinds?\\s+what\\s+(?:it|they|you)\\s+(?:is|are|'re)\\s+looking\\s+for\\b|\\bi\\s+suppose\\b|\\bonly\\s+matters?\\s+(?:for|when|if)\\b", 'Resigned irony; hints.'),
  c('sarcasm', 1, "^(?:funny|interesting|remarkable|amazing|strange|curious|odd|nice)\\s+how\\b|^(?:it's|it\\s+is)\\s+(?:funny|interesting|remarkable|amazing|strange|curious)\\s+how\\b|^well,\\s+that\\s+was\\b|\\bcouldn't\\s+be\\s+bothered\\b|\\bcould\\s+not\\s+be\\s+bothered\\b", '"Funny how…", "Well, that was a fun three weeks."'),
  { ...c('sarcasm', 0.6, "(?:^|\\s)\"[a-z][a-z' -]{2,30}\"(?=[\\s,.;:!?])", 'A phrase of the employer\'s put in scare quotes; a hint.'), once: true },

  // Corrections, excuses and comparisons with the person hired.
  c('defensive', 1, "\\b(?:respectfully\\s+)?point\\s+out\\b|\\bmisread\\b|\\bmisjudged\\b|\\bmisinterpreted\\b|\\bmisunderstanding\\b[^.]{0,40}\\b(?:scor|grad|mark|assess|evaluat)|\\bspeak\\s+for\\s+themselves\\b|\\bnumbers\\s+don't\\s+lie\\b|\\bstruggling\\s+to\\s+(?:see|understand)\\b|\\bproves?\\s+(?:it|that|my|i)\\b|\\bwhatever\\s+(?:my|your|the|he|she|they)\\b[^.]{0,40}\\b(?:told|said)\\b|\\bnot\\s+to\\s+judge\\s+me\\b|\\b(?:is|was|it's|it\\s+is)\\s+not\\s+fair\\b|\\b(?:isn't|wasn't)\\s+fair\\b", 'Correcting the panel or arguing the facts.'),
  c('defensive', 1, "\\b(?:don't|do\\s+not)\\s+(?:believe|think|feel)\\b[^.]{0,80}\\breflects?\\b|\\bmy\\s+[a-z -]{1,40}\\b(?:was|were)\\s+(?:actually\\s+|perfectly\\s+|entirely\\s+|fully\\s+)?(?:correct|accurate|valid)\\b", '"I do not believe my score reflects my performance."'),
  c('defensive', 0.6, "\\bwhich\\s+(?:may|might|would|could)\\s+(?:explain|account\\s+for)\\b|\\bpoorly\\s+(?:calibrated|explained|organi[sz]ed|worded)\\b|\\bcontained\\s+an?\\s+(?:error|mistake|typo)\\b|\\bi\\s+(?:should|must|have\\s+to|need\\s+to)\\s+(?:mention|note|add)\\s+that\\b|\\bi'd\\s+(?:also\\s+)?note\\s+that\\b|\\bfrustrat(?:ing|ed)\\b|\\bjudged\\s+on\\b|\\bsurprised\\b|\\bit\\s+shows\\s+(?:that\\s+)?i(?:'m|\\s+am)\\b", 'Excuses and protests; hints.'),
  c('defensive', 0.6, "\\b(?:much\\s+)?younger\\b|\\blost\\s+out\\s+to\\b|\\ba\\s+kid\\s+who\\b|\\bthe\\s+other\\s+(?:finalist|candidate|guy|person|applicant)s?\\b|\\bother\\s+candidates\\s+(?:were|had|got|submitted|received|was\\s+allowed)\\b|\\bexternal\\s+candidate\\b|\\bwithout\\s+the\\s+title\\b|\\bi've\\s+given\\s+(?:\\w+\\s+){0,2}years\\b|\\bat\\s+least\\s+a\\s+(?:second|first|phone|final)\\b", 'Comparisons with the person hired; hints.'),

  // Complaints about how the process was run.
  c('blame', 1, "\\b(?:nobody|no\\s+one)\\s+(?:said|told|mentioned|explained)\\b|\\b(?:anyone|anybody|nobody|no\\s+one)\\s+(?:was\\s+)?(?:really\\s+)?(?:listening|paying\\s+attention)\\b|\\b(?:felt|was|seemed)\\s+(?:so\\s+|very\\s+|really\\s+)?rushed\\b|\\bmade\\s+up\\s+(?:their|your|his|her|the\\s+\\w+'s)\\s+minds?\\b|\\b(?:had|have)\\s+(?:someone|somebody)\\s+(?:already\\s+)?(?:picked|lined\\s+up|in\\s+mind|chosen)\\b|\\balready\\s+had\\s+(?:someone|somebody)\\b|\\balways\\s+meant\\s+for\\b", 'The outcome was fixed or nobody listened.'),
  c('blame', 1, "\\bbarely\\s+(?:looked|listened|glanced|spoke|said|read)\\b|\\b(?:took|answered|was\\s+on)\\s+(?:a\\s+)?(?:phone\\s+)?call\\s+(?:in\\s+the\\s+middle|during|while)\\b|\\bkept\\s+(?:me|us)\\s+waiting\\b|\\b(?:didn't|did\\s+not|never)\\s+seem\\s+(?:very\\s+|at\\s+all\\s+|remotely\\s+)?(?:interested|engaged|prepared)\\b|\\b(?:tilted|skewed|stacked)\\s+(?:toward|towards|against|in\\s+favou?r)\\b|\\bfelt\\s+(?:cold|dismissive|impersonal|disrespectful)\\b|\\bis\\s+(?:that|this)\\s+(?:really\\s+)?how\\s+you\\b|\\blong\\s+time\\s+to\\s+wait\\b", 'How the interview or the rejection was handled.'),
  c('blame', 1, "\\bit\\s+would\\s+have\\s+been\\s+(?:nice|good|helpful|useful|great|courteous)\\s+to\\b|\\bwould\\s+have\\s+been\\s+(?:nice|good|helpful|useful)\\s+to\\s+know\\b|\\bnext\\s+time\\s+(?:it\\s+)?(?:might|would|could)\\s+help\\b|\\bi\\s+was\\s+never\\s+(?:given|shown|sent)\\b", 'Reproach dressed as a suggestion: "It would have been nice to know."'),
  c('blame', 0.6, "\\b(?:was|were)\\s+(?:pretty\\s+|very\\s+|really\\s+|quite\\s+|so\\s+)?(?:unclear|confusing|misleading|contradictory)\\b|\\bhad\\s+to\\s+guess\\b|\\bran\\s+(?:\\w+\\s+)?(?:minutes?|hours?)\\s+(?:over|late)\\b|\\b(?:weeks|months)\\s+of\\s+(?:silence|waiting)\\b|\\b(?:two|one|three)\\s+sentences\\b|\\bon\\s+my\\s+day\\s+off\\b|\\bi\\s+(?:drove|flew|travel(?:l)?ed)\\s+(?:\\w+\\s+)?(?:hours|miles)\\b|\\bi\\s+spent\\s+(?:a|the|my|an\\s+entire|the\\s+whole|two|three|four)\\s+(?:weekend|week|days?|nights?|evenings?)\\s+on\\b|\\bi\\s+took\\s+(?:\\w+\\s+)?days?\\s+off\\b", 'Effort or delay held against the employer; hints.'),
  c('blame', 1, "\\b(?:file|filing|submit|submitting|lodge|lodging|make|making|raise|raising)\\s+(?:a\\s+)?(?:formal\\s+)?complaint\\b|\\bformal\\s+complaint\\b|\\bglassdoor\\b|\\b(?:leave|leaving|write|writing|post|posting)\\s+a\\s+review\\b|\\bsharing\\s+my\\s+experience\\s+(?:on|online|publicly|with\\s+others)\\b|\\b(?:doesn't|don't|does\\s+not|do\\s+not)\\s+value\\b|\\bi'll\\s+assume\\b", 'Threats and ultimatums.'),

  // Pressure from the writer's circumstances.
  c('pressure', 1, "\\balready\\s+(?:told|informed)\\s+my\\b|\\btold\\s+my\\s+(?:landlord|family|wife|husband|partner|parents)\\b|\\b(?:not\\s+sure|no\\s+idea)\\s+what\\s+(?:to\\s+do|i'll\\s+do|i'm\\s+going\\s+to\\s+do)\\b|\\b(?:don't|do\\s+not)\\s+know\\s+how\\s+i'm\\s+going\\s+to\\b|\\bwhat\\s+(?:this|the|your)\\s+(?:decision|process|rejection)\\s+(?:has\\s+)?cost\\s+me\\b|\\bi\\s+(?:had\\s+)?hoped\\s+(?:that\\s+)?(?:\\w+\\s+){0,2}would\\s+be\\s+worth\\b", 'Making the reader answer for the writer\'s situation.'),
];

/** Gracious framings: a sentence matching one of these is not flagged on hints alone (weights below 1). */
export const GRACIOUS_FRAMES: readonly Cue[] = [
  { pattern: "\\bno\\s+hard\\s+feelings\\b|\\bnot\\s+(?:at\\s+all\\s+)?(?:upset|bitter|angry|discouraged|resentful|offended|annoyed)\\b", note: 'Negated negativity is gracious.' },
  { pattern: "^(?:although|though|while|whilst|even\\s+though)\\b[^,]{0,100},\\s*(?:i|it|the|your)\\b[^.]{0,80}\\b(?:appreciate|understand|respect|grateful|enjoyed|valued|learned|remain)", note: 'Concessive framing: "Although I\'m disappointed, I appreciate…".' },
];
