// How a request for feedback is recognised, and what makes it specific.
import type { Cue } from '../../core/cues';

/** The sentence asks something of the reader. */
export const REQUEST_FRAMES: readonly Cue[] = [
  { pattern: "\\?\\s*[\"')\\]]*\\s*$", note: 'A question.' },
  { pattern: "\\b(?:could|would|can|will|might)\\s+you\\b|\\b(?:whether|if)\\s+you\\s+(?:could|would|might|can|are\\s+able)\\b|\\b(?:writing|like|want|wanted)\\s+to\\s+ask\\b", note: '"Could you tell me…", "I am writing to ask whether you could…".' },
  { pattern: "\\bif\\s+you\\s+(?:have|had|get|could|can|are|were|would|'re|'ve|find|happen|don't\\s+mind|ever)\\b", note: '"If you have a moment…".' },
  { pattern: "\\b(?:i|we)\\s*(?:'d|would|'ll|will|should),?\\s+(?:[a-z]+,?\\s+){0,2}(?:appreciate|welcome|value|love|like|want|be\\s+(?:very\\s+|so\\s+|really\\s+|most\\s+|extremely\\s+|truly\\s+|also\\s+)?(?:grateful|thankful|interested|glad|happy|keen|curious|eager|open))\\b", note: '"I\'d welcome…", "I would be grateful for…".' },
  { pattern: "\\b(?:let\\s+me\\s+know|tell\\s+me|share\\s+(?:with\\s+me|any|anything|your|some|a\\s+few|what|how|whether|which|where|why)|point\\s+me)\\b", note: 'Imperative requests: "please let me know where…".' },
  { pattern: "\\b(?:i'm|i\\s+am|i\\s+was|i'd\\s+be)\\s+(?:(?:really|very|genuinely|also|just|still|particularly|especially|most)\\s+)*(?:curious|wondering|keen\\s+to\\s+(?:know|hear|learn|understand)|interested\\s+(?:to|in)\\s+(?:know|hear|learn|understand))", note: '"I\'m curious whether…".' },
  { pattern: "\\bi\\s+(?:wonder|was\\s+wondering|am\\s+wondering|'m\\s+wondering)\\b", note: '"I wonder whether…".' },
  { pattern: "\\b(?:is|was)\\s+there\\s+(?:anything|any\\b|something)|\\bare\\s+there\\s+any\\b", note: '"Is there anything you would suggest…".' },
  { pattern: "\\b(?:it\\s+)?would\\s+(?:really\\s+|also\\s+)?(?:help|be\\s+(?:very\\s+|really\\s+|so\\s+)?(?:helpful|useful|great|valuable|wonderful|good)|be\\s+(?:a|of)\\s+(?:\\w+\\s+)?(?:help|use|value|benefit))\\b|\\bwould\\s+be\\s+(?:very\\s+|really\\s+|most\\s+|much\\s+|hugely\\s+|so\\s+)?(?:welcome|appreciated|helpful|useful|valuable|grateful|great|amazing|brilliant|lovely|awesome|wonderful|gold|nice)\\b", note: '"Any pointers would be welcome."' },
  { pattern: "\\bplease\\b", note: 'A polite imperative.' },
  { pattern: "\\bfind\\s+it\\s+(?:really\\s+|very\\s+|most\\s+)?(?:helpful|useful|valuable)\\b", note: '"I would find it really helpful to hear how I performed".' },
  { pattern: "^any(?:thing)?\\s+(?:you|i|tips|advice|pointers|idea|thoughts)\\b|\\btake\\s+it\\s+on\\s+board\\b|\\ball\\s+ears\\b|\\bif\\s+there(?:'s|\\s+is)\\s+anything\\b", note: 'Elliptical asks: "Anything you think I should be working on, I\'d take it on board."' },
  { pattern: "\\b(?:lmk|kindly|may\\s+i\\s+(?:ask|know|request|enquire|inquire)|permit\\s+me|(?:humbly\\s+|i\\s+)?request(?:ing)?\\s+(?:you|your|feedback|some|any)|guide\\s+me|would\\s+(?:\\w+\\s+)?(?:love|like|appreciate|welcome|value))\\b", note: 'Other request forms: "kindly guide me", "may I know", "would love any tips".' },
  { pattern: "\\b(?:happy|glad|keen|eager|open|grateful|curious)\\s+to\\s+(?:be\\s+told|hear|learn|know|get|understand)\\b|\\byou\\s+(?:to\\s+)?explain\\b|\\b(?:ask|asking|like|want|need|request)\\s+(?:you\\s+)?to\\s+explain\\b|\\bi\\s+expect\\s+(?:a|an)\\b|\\b(?:i\\s+)?(?:want|need)\\s+to\\s+(?:know|understand)\\b|\\bany\\s+idea\\b|\\bquick\\s+q\\b|\\bone\\s+question\\b|^(?:what|where|how|why|which)\\s+(?:did|do|could|should|can|would|was|were|went)\\s+(?:i|my|it)\\b", note: '"Happy to hear what I could have done better"; a question without its question mark.' },
  { pattern: "\\b(?:open|grateful|thankful)\\s+(?:to|for)\\s+(?:any|your|hearing|some)\\b", note: '"I am open to any comments".' },
  { pattern: "\\bthanks?\\s+(?:you\\s+)?in\\s+advance\\b|^explain\\b|\\bi\\s+(?:want|need|deserve|would\\s+like|'d\\s+like)\\s+(?:a|an)\\s+(?:real\\s+|proper\\s+|honest\\s+|clear\\s+|straight\\s+|actual\\s+)?(?:answer|reason|explanation)\\b", note: '"Thanks in advance for any feedback", "I want a real reason", "Explain that."' },
  { pattern: "\\b(?:i\\s+)?(?:appreciate|welcome|value)\\s+any\\s+(?:\\w+\\s+)?(?:feedback|advice|pointers|thoughts|insights?|guidance|comments|suggestions|tips)\\b", note: '"I appreciate any feedback you can offer": present tense, still a request.' },
  { pattern: "\\b(?:hope|hoping|look\\s+forward|looking\\s+forward)\\s+to\\s+(?:receive|receiving|hear|hearing)\\s+(?:your|any|some|the|more|what|how|why|where|whether|which)\\b", note: '"I hope to receive your comments on my Excel test", "looking forward to hearing your thoughts": a request put as a hope. Not "I hope to learn from this and get stronger", a resolution.' },
  { pattern: "\\bif\\s+you(?:'ve|'d|'re)\\s+(?:got|had|have|any|time|a\\s+(?:moment|minute|sec))\\b", note: '"If you\'ve got notes on my system design round, I\'d take them."' },
  { pattern: "\\bif\\s+there(?:'s|\\s+is|\\s+are|\\s+was|\\s+were)\\s+(?:any\\s+|some\\s+)?(?:feedback|notes|thoughts|comments|advice|pointers)\\b", note: '"If there\'s any feedback on my prompt-book sample, I\'d take it."' },
];

/** The request is about the writer's candidacy: feedback words, or questions about how the writer did. */
export const FEEDBACK_TOPICS: readonly Cue[] = [
  { pattern: "\\b(?:feedback|pointers|hints|advice|thoughts|insights?|comments?|remarks|suggestions|tips|notes|critique|input|perspective|guidance|observations|impressions|debrief|reflections|your\\s+take|a\\s+few\\s+words|evaluation|assessment\\s+of\\s+(?:me|my))\\b", note: 'Words for feedback itself.' },
  { pattern: "\\b(?:fell|fall|falling|come|came|coming)\\s+(?:short|across)\\b|\\b(?:held|hold|holding)\\s+me\\s+back\\b|\\btipped\\s+(?:it|the|things)\\b|\\bwhere\\s+i\\s+lost\\b|\\blost\\s+(?:marks|points)\\b|\\bwent\\s+wrong\\b|\\bmissed\\s+the\\s+mark\\b", note: 'Where the writer fell short.' },
  { pattern: "\\b(?:improve|improvement|better|stronger|weaker|weakest|strongest|strengthen|develop|gaps?|lacking|missing|mistakes?|shortcomings?|weakness(?:es)?|work\\s+on|brush\\s+up)\\b", note: 'What the writer could improve.' },
  { pattern: "\\b(?:compared?|comparison|stack(?:ed)?\\s+up|measured?\\s+up|as\\s+strong\\s+as|in\\s+line\\s+with|what\\s+the\\s+(?:panel|team|committee)\\s+(?:expected|wanted|was\\s+looking\\s+for))\\b", note: 'How the writer compared with what was wanted.' },
  { pattern: "\\b(?:factor|deciding|decisive|the\\s+difference|main\\s+reason|reasons?\\s+(?:why|for|i|that)|why\\s+i\\s+(?:was\\s+not|wasn't|didn't|did\\s+not))\\b", note: 'What decided it.' },
  { pattern: "\\bhow\\s+(?:i|my)\\b[^.?!]{0,80}\\b(?:did|performed|went|came\\s+across|was\\s+received|landed|read|compared|fared|could|might|can|should)\\b|\\bhow\\s+i\\s+did\\b", note: '"How I did on…", "how my answer came across".' },
  { pattern: "\\bwhat\\s+i\\s+(?:could|can|should|might)\\b|\\bwhat\\s+(?:didn't|did\\s+not)\\s+work\\b|\\bwhat\\s+(?:you|the\\s+(?:team|panel|committee))\\s+thought\\s+of\\b|\\bwhat\\s+would\\s+have\\s+made\\b", note: '"What I could have done differently", "what the team thought of…".' },
  { pattern: "\\b(?:persuasive|convincing|resonated|effective|actionable|clear\\s+enough|strong\\s+enough|enough\\s+depth|the\\s+right\\s+call|read\\s+as|was\\s+it\\s+(?:my|the)|whether\\s+my|if\\s+my|wrong|problem|concern|judged|assessed|scored|scores|rated|graded|marked|received|cost\\s+me|sank\\s+me|the\\s+main\\s+(?:thing|issue|gap|reason|factor)|learn\\s+from|focus\\s+on|brush\\s+up|work\\s+on|recommend|suggest|advise|wrote\\s+about|thought\\s+of|noted|level\\s+you|expected|looking\\s+for)\\b", note: 'Questions about how a part of the candidacy was judged.' },
  { pattern: "\\bhow\\s+(?:the|my|our)\\s+[^.?!]{0,60}\\b(?:landed|went|came\\s+across|(?:was|were)\\s+(?:received|judged|assessed|seen|viewed|scored)|compared|read|looked|fared|held\\s+up|stood)\\b|\\bwhether\\s+(?:the\\s+(?:committee|panel|team|board|interviewers?)|you)\\s+(?:regarded|saw|viewed|found|thought|felt|considered)\\b|\\b(?:weak|reason|view|views|opinion|take\\s+on|read\\s+on|shortcomings)\\b", note: 'How a piece of the candidacy was seen.' },
  { pattern: "\\bhow\\s+(?:was|were|did)\\s+(?:i|my)\\b|\\bhow\\s+(?:i|my)\\b|\\b(?:where|why|what)\\s+i\\b|\\bwhich\\s+(?:part|parts|area|areas|answer|section|piece|of\\s+my)\\b", note: 'A question about how the writer did.' },
  { pattern: "\\b(?:working\\s+on|which\\s+of|which\\s+(?:\\w+\\s+)?(?:areas?|parts?|aspects?|sections?|skills?)|what\\s+part|results?\\s+of\\s+my|(?:if|whether)\\s+it\\s+was|kept\\s+me|held\\s+(?:me|my\\s+\\w+)\\s+back|not\\s+good|differently|didn't\\s+(?:land|work(?!\\s+out)|go\\s+well)|did\\s+not\\s+(?:land|work(?!\\s+out)|go\\s+well)|tanked|sank|sunk|killed\\s+it|ended\\s+things|i\\s+missed|weigh(?:ed)?\\s+(?:heavily|in)|unsuccessful|on\\s+what\\s+(?:grounds|basis)|anything\\s+about\\s+my|say\\s+(?:a\\s+bit\\s+)?more\\s+about|a\\s+(?:line|word|sentence)\\s+or\\s+two|what\\s+in\\s+my|fell\\s+below|below\\s+the\\s+bar|held\\s+up|point\\s+me|what\\s+changed|why\\s+i\\s+was|tell\\s+me\\b[^.]{0,30}\\bwhy|counted\\s+against|against\\s+me|say\\s+anything\\s+about|(?:said|mentioned)\\s+(?:anything\\s+)?about\\s+(?:my|the)|was\\s+it\\s+(?:\\w+\\s+)?(?:the|my)|guide\\s+me|my\\s+(?:answer|answers|response|responses|presentation|approach|interviews?)\\s+(?:on|to|about|in)|fell\\s+apart|came\\s+up\\s+short|swung\\s+it|how\\s+(?:the|you|your)\\s+(?:\\w+\\s+)?(?:saw|viewed|rated|judged|assessed|received|found)|(?:score|scores|marks|grade|result)\\s+(?:on|in|for)|(?:tweak|change|fix|adjust)\\b[^.]{0,30}\\bmy|liked\\s+(?:least|most)|what\\s+(?:you|the\\s+\\w+)\\s+thought)\\b", note: 'More ways of asking how the candidacy was judged.' },
  { pattern: "\\b(?:felt|seemed|came\\s+across|read)\\s+(?:as\\s+)?(?:too|a\\s+bit|rather|overly)\\b|\\b(?:did|was|were|does)\\s+my\\b|\\b(?:candid|honest)\\s+(?:word|view|opinion|take|assessment)\\b|\\bword\\s+on\\b|\\bcando(?:u)?r\\b|\\bexplanation\\b", note: 'A question about a part of the candidacy, or a request for candour.' },
  { pattern: "\\bto\\s+(?:know|hear|learn|understand|ask|find\\s+out)\\s+(?:more\\s+)?(?:about\\s+)?(?:what|where|why|how|whether|which)\\b|\\b(?:i|my|me)\\b[^?]*\\?\\s*[\"')\\]]*\\s*$", note: 'Asking what, why or how about the candidacy; or any question about the writer.' },
  { pattern: "\\b(?:feedbacks|advices|clarification|(?:share|explain|tell\\s+me|know|understand)\\s+why|explain\\s+(?:me|to\\s+me|that|this)|(?:a|an)\\s+(?:real|proper|honest|straight|actual)\\s+(?:answer|reason)|what\\s+happened)\\b", note: 'Non-native plurals ("some advices"), and asking for the reason: "would you share why?", "explain me", "What happened?".' },
  { pattern: "\\b(?:tell\\s+me|know|hear|learn)\\s+(?:more\\s+|something\\s+|a\\s+(?:bit|little)\\s+)?about\\s+my\\s+(?:[a-z-]+\\s+){0,3}(?:test|exam|interview|presentation|answers?|performance|portfolio|assessment|exercise|task|case|audition|demo|sample|trial|tasting|shift|lesson|pitch|shoot|session|drill)\\b", note: '"Could you tell me about my legal translation test".' },
  { pattern: "\\b(?:distinguish(?:ed|es)?|set\\s+(?:\\w+\\s+){0,3}apart|separated|differentiated)\\b|\\b(?:from|than|over)\\s+mine\\b", note: 'How the writer compared with the one chosen: "what distinguished the successful candidate\'s stock pitch from mine". Not "someone … over me", which a complaint or a wish says as often as a question.' },
  { pattern: "\\b(?:bigger|biggest|main|real|key|larger|deciding)\\s+(?:issue|problem|factor|concern|gap|weakness)\\b|\\bwhat\\s+(?:a|an)\\s+(?:strong|stronger|good|better|ideal|great|excellent|successful|winning)\\s+(?:[a-z-]+\\s+)?(?:answer|response|candidate|application|submission|presentation|solution|approach)\\b", note: '"whether that answer or my CPAT time was the bigger issue", "what a strong answer would have included".' },
  { pattern: "\\b(?:more|any|some|further|a\\s+(?:bit|little)\\s+(?:more\\s+)?)\\s*details?\\s+(?:(?:you\\s+(?:can|could|are\\s+able\\s+to)\\s+(?:give|share|offer|provide)\\s+)?(?:on|about|regarding)\\s+(?:my|how|why|what|where|which|the\\s+(?:panel|committee|board)'s)|on\\s+(?:two|three|a\\s+few|some|these|the\\s+following)\\s+(?:points|areas|things))\\b", note: '"I\'d welcome any detail you can give on my behaviour examples", "I would be grateful for more detail on two points:".' },
];

/** Named areas: a round, exercise, answer, skill, competency or piece of work. Any one makes a request specific. */
export const SPECIFIC_AREAS: readonly Cue[] = [
  { pattern: "(?<!\\b(?:next|future|upcoming)\\s(?:[a-z-]+\\s)?)\\b(?:presentations?|exercises?|case\\s+(?:stud(?:y|ies)|interview|exercise)|(?:business|valuation)\\s+case|take[-\\s]?homes?|assignments?|assessments?|tests?|portfolio|samples?|reels?|demos?|whiteboard|pairing|role[-\\s]?plays?|simulations?|screens?|screening|audition|try-?outs?|trial\\s+(?:shift|day|lesson)|ride-?along|job\\s+talk|teaching\\s+(?:demo|talk|presentation)|writing\\s+sample|cover\\s+letter|r[ée]sum[ée]|\\bcv\\b|proposal|pitch|deck|slides?|projects?|piece|brief|mock[-\\s]?up|scenario|in-?tray|code\\s+review|coding\\s+(?:challenge|interview|test)|challenge|questionnaire|essay|lesson|observation|shadowing|walkthrough|case\\s+interview)\\b", note: 'A piece of work or an exercise of the process.' },
  { pattern: "\\b(?:first|second|third|fourth|final|last|onsite|on-site|technical|phone|video|panel|behavioural|behavioral|group|practical|written|oral|hr|culture|peer|director)[-\\s]+(?:round|interview|stage|screen|conversation|discussion|component|portion|part|section|exercise|test)s?\\b|\\b(?:round|stage)\\s+(?:one|two|three|four|\\d)\\b", note: 'A named round or stage.' },
  { pattern: "\\b(?:answers?|responses?|questions?|approach|explanation|examples?|solution|performance|handling|part|portion|section|component)\\s+(?:on|about|to|regarding|around|in|during|for|of)\\s+(?!(?:the|my|this|that)\\s+(?:interview|process|role|position|job|application|committee|panel|board|team|decision|outcome|selection)\\b|(?:why|what|how|where|whether|which|if|it|this|that)\\b)(?:the\\s+|my\\s+|a\\s+|an\\s+)?[a-z0-9]", note: 'An answer or part of the process with what it was about: "my answer on budget allocation".' },
  { pattern: "\\b(?:my|the|our)\\s+(?!(?:specific|particular|overall|general|relevant|key|certain|other|own|main|missing|interview|skills?|experience|answers?|performance|application|candidacy|profile|background|qualifications?|weak|strong|biggest|greatest|areas?)\\b)[a-z0-9/&+#.-]+(?:\\s+(?:and|&|or)\\s+[a-z0-9/&+#.-]+)?\\s+(?:skills?|experience|knowledge|abilit(?:y|ies)|expertise|background|competenc(?:y|ies)|answers?|responses?|question|approach|example|design|strategy|plan|model|analysis|demonstration)\\b", note: 'A qualified skill or answer: "my R skills", "my Revit and detailing skills", "my A/B-test design answer".' },
  { pattern: "\\b(?:experience|knowledge|familiarity|background|proficiency|skills?|comfort)\\s+(?:with|in|of|using)\\s+(?!(?:the|this|that)\\s+(?:role|position|job)\\b)[a-z]", note: 'Experience with a named thing: "my experience with paid social".' },
  { pattern: "\\b(?:communication|leadership|teamwork|collaboration|stakeholder|negotiation|time[-\\s]management|people[-\\s]management|project[-\\s]management|classroom[-\\s]management|problem[-\\s]solving|technical\\s+depth|coding|programming|sql|python|excel|budget(?:ing)?|forecasting|sales|customer[-\\s]service|clinical|patient|lesson\\s+planning|analytics|research|methods|methodology|writing|design|pacing|composition|lighting|typing|accuracy|safety|compliance|delegation|coaching|mentoring|public\\s+speaking|storytelling|domain\\s+knowledge|strategic\\s+thinking|attention\\s+to\\s+detail|organi[sz]ation(?:al)?\\s+skills|interpersonal)\\b(?!\\s+(?:roles?|positions?|jobs?|openings?|teams?|track|programs?|programmes?))", note: 'A named skill or competency (not a job title such as "leadership roles").' },
  { pattern: "\\b(?:particularly|especially|specially|specifically|in\\s+particular|notably|above\\s+all)\\b\\s*(?:on|about|regarding|around|in|the|my|whether|how|what|if|with|where)\\b", note: 'A request narrowed to one area.' },
  { pattern: "\\b(?:competenc(?:y|ies)|criteri(?:on|a)|behaviou?rs?|standards?|domains?|strands?|indicators?)\\s+(?:\\d+|[a-h]\\b|one|two|three|four|five|six)\\b", note: 'A numbered competency or criterion from the framework: "how competency 3 (Managing Budgets) was scored".' },
  { pattern: "\\b(?:mood|story|vision|inspiration|concept|design)[\\s-]?boards?\\b", note: '"What you thought of my mood board": a piece of work, though "board" alone is the employer.' },
];

/** Requests that are not about feedback: staying in touch, referrals, being kept in mind. */
export const NOT_FEEDBACK: readonly Cue[] = [
  { pattern: "\\bkeep\\s+(?:me|my)\\b|\\bkept\\s+(?:in\\s+mind|on\\s+(?:record|file))\\b|\\bhear\\s+from\\s+you\\s+(?:if|when|should)\\b|\\bconsider(?:ed)?\\s+(?:me\\s+|my\\s+\\w+\\s+)?for\\b|\\b(?:future|upcoming|other)\\s+(?:[a-z-]+\\s+)?(?:roles?|openings?|positions?|opportunit)", note: 'Asking to be kept in mind is interest, not feedback.' },
  { pattern: "\\b(?:refer\\s+me|a\\s+referral|referrals?\\s+(?:to|for)|introduce\\s+me|an\\s+introduction|connect(?:ing|ed)?\\s+(?:on|with\\s+(?:me|you))|linkedin|coffee|stay\\s+in\\s+touch|keep\\s+in\\s+touch|reach\\s+out|let\\s+me\\s+know\\s+(?:if|when)\\s+(?:anything|something|another|a\\s+(?:new\\s+)?(?:role|position|spot|opening)|the\\s+(?:role|position)))\\b", note: 'Networking and referral requests.' },
  { pattern: "\\b(?:find|give|offer|make|keep|save)\\s+(?:a|an|one|some)?\\s*(?:slot|place|spot|position|role|job|room|opening)\\s+for\\s+me\\b|\\bgive\\s+me\\s+(?:a|another|one\\s+more|a\\s+second)\\s+(?:chance|shot|try|go)\\b", note: 'Asking for a place now, or another chance, is an appeal, not a request for feedback.' },
  { pattern: "\\b(?:come|came)\\s+back\\s+to\\s+me\\b|\\bcontact\\s+me\\s+(?:first|before)\\b|\\bh(?:o|e)ld\\s+off\\b|\\btell\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}(?:thanks|thank\\s+you)\\b", note: 'Asking to be called first if the appointment falls through, or to pass on thanks, is not a request for feedback.' },
  { pattern: "\\bhow\\s+(?:was|am|were)\\s+i\\s+supposed\\b|\\bwhat\\s+more\\s+could\\s+i\\b", note: 'Rhetorical questions are not requests.' },
  { pattern: "\\b(?:(?:my|train|travel|taxi|fuel|parking)\\s+(?:receipts?|expenses)|reimburs[a-z]*|mileage|travel\\s+(?:costs?|claims?)|visitor\\s+(?:badge|pass)|lanyard)\\b|\\b(?:referees?|references)\\s+(?:were|was|have\\s+been|had\\s+been)\\s+(?:[a-z]+ly\\s+)?contacted\\b|\\bcontact(?:ed)?\\s+my\\s+referees?\\b|\\b(?:stays?|remains?)\\s+on\\s+file\\b|\\bcarr(?:y|ies)\\s+over\\b|\\b(?:pay|salary)\\s+(?:range|band|scale|bracket)\\b", note: 'Logistics: expenses, a visitor badge, whether referees were contacted or a test score carries over, the pay range.' },
  { pattern: "\\b(?:challenge|contest|dispute)\\s+(?:it|this|that|the\\s+(?:decision|outcome|result))\\b", note: 'Scores asked for in order to contest the decision are not a request for feedback.' },
  { pattern: "\\b(?:mail|send|post|ship|courier|return|drop\\s+off|bring)\\s+(?:back\\s+)?(?:the|my|your|this)\\s+(?:[a-z-]+\\s+)?(?:device|laptop|equipment|kit|badge|phone|tablet|headset|keys?|uniform|pass)\\b", note: 'Returning equipment lent for a test: "Should I mail back the test device?"' },
  { pattern: "\\b(?:application|cv|r[ée]sum[ée]|file|portfolio|submission)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:actually\\s+|even\\s+|ever\\s+|properly\\s+)?(?:reviewed|read|seen|looked\\s+at|received|forwarded|passed\\s+on)\\s+(?:by|to)\\b", note: 'Who handled the application is a question about the process: "whether my application was reviewed by the Board or only by your agency".' },
  { pattern: "\\byou(?:'ll|\\s+will|'d|\\s+would)\\s+(?:\\w+\\s+)?want\\s+to\\s+(?:know|hear)\\b|\\bmy\\s+name\\s+(?:could\\s+|can\\s+|to\\s+)?(?:be\\s+)?(?:retained|kept|held|left|placed|added)\\s+(?:on|in)\\b", note: 'What the reader will want to know is the writer telling, not asking; a name kept on an eligibility list is interest.' },
  { pattern: "\\b(?:position|role|post|job|vacancy)\\s+(?:was|has\\s+been|had\\s+been|will\\s+be)\\s+(?:\\w+\\s+)?(?:filled|offered)\\b|\\bwhen\\s+i\\s+(?:might|will|can|should|could)\\s+(?:receive|expect|get)\\b", note: 'Questions about the outcome or its paperwork: "whether the position was ultimately filled internally", "when I might receive the formal outcome letter".' },
];

/** The writer offering feedback to the employer: feedback on the process for them, not on the candidacy. */
export const OFFERS_FEEDBACK: readonly Cue[] = [
  { pattern: "\\b(?:i'd|i\\s+would|i'm|i\\s+am|i'll|i\\s+will)\\s+(?:be\\s+)?(?:\\w+\\s+)?(?:happy|glad|willing|keen)\\s+to\\s+(?:(?:give|share|offer|provide|pass\\s+on)\\s+(?:you\\s+)?(?:some\\s+|my\\s+|any\\s+|a\\s+little\\s+)?(?:feedback|impressions|thoughts)\\b|(?:give|share|offer|provide|pass\\s+on|send)\\s+(?:over\\s+)?(?:you\\s+)?(?:some|my|any|a\\s+few|a\\s+couple\\s+of)\\s+(?:\\w+\\s+)?(?:observations|notes|suggestions|comments)\\b)", note: '"I\'d be glad to give some feedback on the process from my side", "I am happy to share a few observations on the candidate experience".' },
  { pattern: "\\b(?:gathering|collecting|asking\\s+for)\\s+(?:\\w+\\s+)?feedback\\s+from\\s+(?:candidates|applicants)\\b|\\bcandidate\\s+(?:survey|questionnaire)\\b", note: '"If you\'re gathering feedback from candidates…", "the candidate survey".' },
  { pattern: "\\b(?:i've|i\\s+have)\\s+(?:put\\s+together|written\\s+up|jotted\\s+down|drafted|prepared)\\s+(?:a\\s+few|some|a\\s+couple\\s+of)\\s+(?:notes|observations|suggestions|thoughts)\\b", note: '"I\'ve put together a few notes on the demo lesson format" that the writer offers to send.' },
];

/**
 * Words that never name an area on their own: the process, the job, degree words. A noun phrase in a request
 * made only of these ("my overall performance", "the interview") leaves the request vague.
 */
export const GENERIC_AREA_WORDS: ReadonlySet<string> = new Set([
  'interview', 'interviews', 'process', 'application', 'applications', 'candidacy', 'decision', 'outcome', 'result',
  'results', 'feedback', 'performance', 'time', 'chance', 'chances', 'opportunity', 'area', 'areas', 'thing',
  'things', 'way', 'ways', 'future', 'reason', 'reasons', 'point', 'points', 'gap', 'gaps', 'weakness',
  'weaknesses', 'strength', 'strengths', 'mistake', 'mistakes', 'problem', 'problems', 'issue', 'issues', 'concern',
  'concerns', 'thoughts', 'comments', 'input', 'perspective', 'notes', 'day', 'week', 'call', 'conversation',
  'conversations', 'meeting', 'meetings', 'email', 'message', 'update', 'panel', 'committee', 'selection', 'hiring',
  'search', 'pool', 'field', 'industry', 'level', 'bar', 'standard', 'standards', 'expectations', 'requirements',
  'criteria', 'skill', 'skills', 'skillset', 'experience', 'answer', 'answers', 'question', 'questions', 'part',
  'parts', 'portion', 'aspect', 'aspects', 'element', 'elements', 'main', 'biggest', 'key', 'specific',
  'particular', 'overall', 'general', 'whole', 'entire', 'same', 'other', 'others', 'most', 'more', 'best',
  'better', 'primary', 'real', 'right', 'wrong', 'rest', 'end', 'past', 'moment', 'bit', 'lot', 'kind', 'sort',
  'one', 'ones', 'profile', 'background', 'qualifications', 'fit', 'areas', 'improvement', 'development', 'growth',
  'panel\'s', 'team\'s', 'committee\'s', 'difference', 'deciding', 'factor', 'factors', 'edge', 'shortfall',
  'shortcomings', 'impression', 'impressions', 'stronger', 'weaker', 'worse', 'less', 'competitive', 'successful',
  'complete', 'candidacy', 'shortlist', 'loop', 'loops', 'list', 'cut', 'sentence', 'line', 'note', 'reply', 'output',
  'reasoning', 'rationale', 'thinking', 'balance', 'scales', 'outcome', 'next', 'following', 'above', 'below',
  'non-selection', 'rejection', 'basis', 'grounds', 'result', 'assessment', 'evaluation', 'consideration', 'first', 'only', 'few',
  'many', 'much', 'own', 'very', 'case', 'stuff', 'work', 'effort', 'efforts', 'response', 'responses', 'job',
  'jobs', 'career', 'hunt', 'honest', 'view', 'views', 'opinion', 'candidature', 'weak', 'strong', 'areas',
  'letter', 'letters', 'visit',
]);

/** A noun phrase whose head is one of these names the job or the employer, not an area of the candidacy. */
export const JOB_HEADS: ReadonlySet<string> = new Set([
  'role', 'roles', 'position', 'positions', 'job', 'jobs', 'opening', 'openings', 'vacancy', 'team', 'teams',
  'company', 'department', 'organisation', 'organization', 'firm', 'office', 'lab', 'school', 'district',
  'program', 'programme', 'candidate', 'candidates', 'hire', 'person', 'applicant', 'applicants', 'group', 'store',
  'practice', 'agency', 'studio', 'hospital', 'clinic', 'restaurant', 'shop', 'center', 'centre', 'post',
  'location', 'site', 'branch', 'campus', 'unit', 'division', 'organisation\'s', 'class', 'cohort',
  'directorate', 'trust', 'ministry', 'council', 'authority', 'service', 'bureau', 'board', 'network', 'region',
  'client', 'employer', 'crew', 'squad',
]);

/** Words that end a noun phrase: verbs, prepositions, pronouns, conjunctions. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'did', 'do', 'does', 'had', 'has', 'have', 'that', 'which', 'who',
  'where', 'when', 'why', 'how', 'if', 'whether', 'to', 'for', 'on', 'in', 'of', 'at', 'with', 'and', 'or', 'but',
  'so', 'as', 'by', 'from', 'i', 'me', 'you', 'it', 'we', 'they', 'he', 'she', 'could', 'would', 'should', 'can',
  'will', 'might', 'compared', 'came', 'come', 'went', 'looked', 'landed', 'read', 'felt', 'seemed', 'about',
  'during', 'than', 'then', 'there', 'what', 'your', 'my', 'the', 'a', 'an', 'this', 'those', 'these', 'thought',
  'held', 'cost', 'made', 'make', 'tipped', 'sank', 'may', 'i\'d', 'i\'m', 'i\'ve', 'you\'d', 'you\'re',
  // Verbs and particles that follow a subject noun phrase: "my application fell short" ends at "fell".
  'back', 'off', 'up', 'down', 'out', 'over',
  'fell', 'fall', 'falls', 'lacked', 'lacks', 'missed', 'needed', 'needs', 'worked', 'works', 'mattered',
  'counted', 'stood', 'ended', 'hurt', 'tanked', 'fared', 'showed', 'played', 'suited', 'matched', 'impressed',
  'failed', 'fails', 'measured', 'stacked', 'weighed', 'kept', 'let', 'got', 'gets', 'put', 'did', 'does', 'weren\'t',
  'brought', 'set', 'had', 'gave', 'shared', 'apart', 'said', 'wrote', 'liked', 'preferred', 'saw',
  'wasn\'t', 'didn\'t', 'isn\'t', 'aren\'t',
  // Possessives that start a phrase of their own: "the committee | its decision".
  'its', 'their', 'his', 'her',
]);
