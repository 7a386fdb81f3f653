import type { Purpose } from '../policy/contact-policy';
import { MED } from './lexicon';
import { compileChecks, passes, type Found, type NetRule, type RuleChecks } from './net';
import { spanOf, type Parsed } from './parse';
import type { PurposeHit, RiskHit, Span } from './types';

/**
 * Which purposes a draft serves (CONTRACT.md §1 vocabulary). A draft may serve several. A purpose
 * is detected on one strong signal or two weak ones (weak: "lol", "see you", a single feeling word).
 */

interface PurposeRule extends NetRule {
  purpose: Purpose;
  weak?: boolean;
  compiled?: ReturnType<typeof compileChecks>;
}

function p(purpose: Purpose, match: string, extra: { weak?: boolean; checks?: RuleChecks } = {}): PurposeRule {
  return { purpose, match, ...extra };
}
const weak = { weak: true };

const APPT = '(session|sessions|appointment|appointments|appt|appts|slot|slots|meeting|call|booking|time|therapy)';
const CHANGE = '(move|moving|moved|shift|shifting|switch|switching|swap|swapping|change|changing|push|pushing|bump|bumping|rearrange)';
const DAYISH = '(#Date|#Time|#Value|morning|mornings|afternoon|afternoons|evening|evenings|weekend|weekends|lunchtime|earlier|later|tomorrow|today)';

const SCHEDULING: PurposeRule[] = [
  p('scheduling', '{reschedule}'),
  p('scheduling', '{rebook}'),
  p('scheduling', '{postpone}'),
  p('scheduling', '{cancel}', { checks: { notNear: ['subscription', 'membership', 'order', 'insurance', 'card', 'plan', 'policy', 'fee', 'charge'] } }),
  p('scheduling', '(cancellation|cancelation)', { checks: { notNext: ['fee', 'fees', 'policy', 'charge'] } }),
  p('scheduling', `${CHANGE} (our|my|the|this|next|that)? #Date? ${APPT}`, { checks: { notNext: ['zone', 'of year'] } }),
  p('scheduling', `${CHANGE} (it|us|things|that|this|me|you)? (to|till|until) ${DAYISH}`),
  p('scheduling', `${CHANGE} #Date`),
  p('scheduling', '(#WeekDay|#Month|#Time|tomorrow|today|tonight|morning|afternoon|evening|mornings|afternoons|evenings) instead'),
  p('scheduling', '#Value instead'),
  p('scheduling', 'instead of (#Date|#Value|#Time|the #Value)'),
  p('scheduling', `(can|could|would|shall) (we|i) (do|meet|make it|go with|switch to|move to|have|come in|see you) ${DAYISH}`),
  p('scheduling', `(book|schedule|booking|scheduling) (a|an|another|my|the|our|one|some)? (session|appointment|appt|follow-up|followup|follow up|slot|time|consultation|consult|call|intake)`),
  p('scheduling', 'follow-up (appointment|session)'),
  p('scheduling', 'running .{0,3} (late|behind)'),
  p('scheduling', 'be .{0,3} late', { checks: { notNext: ['night', 'nights', 'payment', 'paying', 'with the payment'] } }),
  p('scheduling', '(am|was) (running)? late (today|again|for|this)'),
  p('scheduling', '#Value (minutes|min|mins|minute) (late|behind|early)'),
  p('scheduling', 'late (today|tonight|for our|for my|for the)'),
  p('scheduling', '(zoom|telehealth|telemedicine|doxy|facetime|skype|webex)'),
  p('scheduling', '(video|meeting|session|call|zoom|teams|meet) (link|links|call|session|appointment)'),
  p('scheduling', 'in person or'),
  p('scheduling', 'or in person'),
  p('scheduling', '(in-person|virtual|online|remote|phone) (session|sessions|appointment|appointments)'),
  p('scheduling', '(any|an|no) (opening|openings|availability|slots|spots|space|room)'),
  p('scheduling', '(are|is) you (available|free|open|in)', { checks: { notNext: ['to talk', 'for a chat'] } }),
  p('scheduling', '(if|do|does) you have (any)? (space|room|availability|openings|time|a slot|slots)'),
  p('scheduling', 'you open (on|the|this|next|during|between|over)'),
  p('scheduling', '(usual|regular|weekly|same) (time|slot|session|appointment|day)'),
  p('scheduling', '(slot|slots|timeslot|time slot)'),
  p('scheduling', '(keep|hold|save|take|grab|have|book) (the|my|that|this|a|our|your)? #Date? #Time? (spot|appointment|session|opening)'),
  p('scheduling', '{skip} (the|my|our|a)? #Value? (sessions|session|appointments|appointment|weeks)'),
  p('scheduling', '(cita|citas|termin|termine|rendez-vous|rdv|appuntamento|consulta|sesión|sesion|séance|sitzung)'),
  p('scheduling', 'same time next week'),
  p('scheduling', '(still on|still meeting|still good) for'),
  p('scheduling', '{confirm} (our|my|the|that|this)? #Date? (session|appointment|time|booking|slot)'),
  p('scheduling', 'just confirming'),
  p('scheduling', '(pause|resume|restart|skip|stop|suspend|hold) (my|our|the|all)? (sessions|appointments|session|appointment)'),
  p('scheduling', '{skip} (this|next) (week|session|appointment|#Date)'),
  p('scheduling', '{skip} and meet'),
  p('scheduling', 'the week after'),
  p('scheduling', 'double booked'),
  p('scheduling', '(works|work) for me', { weak: true }),
  p('scheduling', '(#Time|#Date) (works|is fine|is good|is perfect|suits me)'),
  p('scheduling', '(go back to|switch to|move to|change to) (mornings|evenings|afternoons|weekends|#Date|every other week|weekly|biweekly|fortnightly)'),
  p('scheduling', '(every other|every second|every two) (week|weeks)'),
  p('scheduling', '(pick|picking) (back)? up (on|from|after|again on) the? (#Date|#Value)'),
  p('scheduling', '(anything|something|any time|anytime|any day) (after|before) (#Value|#Time|#Date)'),
  p('scheduling', '(time|day|date|slot) (does not|will not|is not) (work|going to work)'),
  p('scheduling', '(does not|will not) work for me'),
  p('scheduling', '(earlier|later|evening|morning|afternoon|weekend|lunchtime|lunch) (slot|appointment|session|time)'),
  p('scheduling', `(our|my|the) next ${APPT}`, weak),
  p('scheduling', 'see you (on|at|next|tomorrow|then|#Date)', weak),
  p('scheduling', '(make it|come in|be there) (by|at|on) (#Time|#Value|#Date)'),
  p('scheduling', '(out of town|away|traveling|travelling|on vacation|on holiday) (from|until|till|next|this)', weak),
  p('scheduling', 'calendar', weak),
  p('scheduling', '(not|never) (make|making) it (today|tomorrow|tonight|this|on|in|to our|to my|to the|#Date)'),
  p('scheduling', '(fit|squeeze|get) me in'),
  p('scheduling', '(can|could|would) (i|we) (come|come in|be seen|see you) (earlier|later|sooner|instead)'),
];

const ADMIN: PurposeRule[] = [
  p('admin', '(invoice|invoices|receipt|receipts|superbill|superbills|copay|co-pay|deductible|reimbursement|reimbursements|npi|hsa|fsa|paperwork|intake|questionnaire|fmla|refund|refunds|coinsurance)', { checks: { notPrev: ['thought'] } }),
  p('admin', '{reimburse}'),
  p('admin', '(insurance|insurer|insurers|insurance company)', { checks: { notNear: ['life insurance'] } }),
  p('admin', '(claim|claims)', { checks: { needNear: ['insurance', 'insurer', 'submit', 'submitted', 'process', 'denied', 'approved', 'reimburse', 'reimburses'] } }),
  p('admin', '(bill|billing|billed|bills)', { checks: { notPrev: ['#Person', 'dr'] } }),
  p('admin', '(bank|yearly|annual|monthly|year-end|billing|insurance|payment|account) statement'),
  p('admin', 'statement of (payments|account|charges|fees)'),
  p('admin', '(payment|payments|paid|pay|paying)', { checks: { notNext: ['attention', 'off', 'back', 'a visit', 'tribute', 'close attention'], notPrev: ['will'] } }),
  p('admin', '(charge|charges) (from|on|for|to)'),
  p('admin', '(charged|overcharged|double charged)'),
  p('admin', '(card|credit card|debit card) (expired|declined|on file|details|number|was|got|has)'),
  p('admin', '(update|updated|new|replace|replaced) (my)? (card|payment|billing|credit card)'),
  p('admin', '(fee|fees|rate|rates|price|prices|cost|costs|sliding scale)', { checks: { notPrev: ['heart', 'success', 'interest', 'crime', 'resting'] } }),
  p('admin', '(form|forms)', { checks: { notPrev: ['in some', 'some', 'in the', 'good', 'bad', 'great', 'top', 'human', 'life', 'any'] } }),
  p('admin', '(letter|note) (for|to|from|confirming|stating|saying) (my)? (employer|work|school|court|lawyer|attorney|landlord|university|college|boss|hr|insurance|insurer|doctor|job|manager|the court|the school|disability)'),
  p('admin', '(attendance|support|esa|accommodation|accommodations|medical|disability|work) (letter|note|paperwork|form|forms)'),
  p('admin', 'letter confirming'),
  p('admin', '(new|my|mailing|home|billing|email|postal|change of) address'),
  p('admin', 'address (change|changed|update|updated)'),
  p('admin', '(portal|password|login|log in|log into|sign in|account)', { checks: { notNear: ['zoom', 'video', 'link for'] } }),
  p('admin', '(copy|copies) of (my|the) (records|file|notes|chart|report)'),
  p('admin', 'my records'),
  p('admin', '(sign|signed|signing|release|consent) (the|a|of)? (form|release|consent|paperwork|information|records)'),
  p('admin', '(tax|taxes|tax return|budget|afford)', weak),
  p('admin', '(disability|benefits|sick leave|leave of absence)', weak),
];

const CHECKIN: PurposeRule[] = [
  p('checkin', '(homework|assignment|worksheet|worksheets|handout|handouts|diary|journal|journaling|journalling|tracker|log|thought record|thought records|mood log|food log|sleep log|safety plan|playlist)', { checks: { notNext: ['in', 'into', 'on to', 'onto'] } }),
  p('checkin', '(exercise|exercises|technique|techniques|skill|skills|tool|tools|strategy|strategies|practice|practices|grounding|breathing|meditation|mindfulness|exposure|exposures|ladder|hierarchy|chapter|podcast|episode|app|article|resource|resources|reading|video you sent)', { checks: { notPrev: ['your', 'private', 'group', 'medical', 'law', 'the law'] } }),
  p('checkin', '(book && #Noun)', { checks: { notPrev: ['facebook'] } }),
  p('checkin', '(listened|listening|watched|watching|read|reading) (to)? (the|that|this|your)? (episode|podcast|book|article|video|chapter|talk|ted talk)'),
  p('checkin', '(practiced|practicing|practising|practised|tried|trying|used|using|did|done|finished|completed|filled in|filled out|kept|keeping) (the|my|a|it|that|this|each)? #Adjective? (exercise|exercises|technique|skill|skills|worksheet|homework|thought record|diary|journal|log|breathing|grounding|meditation|exposure|practice|plan)'),
  p('checkin', 'like (we|you) (planned|agreed|discussed|suggested|said|practiced|practised|talked about|recommended|asked|mentioned|showed me)'),
  p('checkin', 'as (we|you) (planned|agreed|discussed|suggested|said|practiced|practised|recommended|asked)'),
  p('checkin', '(you|we) (suggested|recommended|showed me|gave me)'),
  p('checkin', '(you|we) mentioned', weak),
  p('checkin', '(small|little|big|tiny|quick) (win|wins|victory|victories)'),
  p('checkin', '(quick|brief|small|short|little) (update|note|check-in|checkin|check in)'),
  p('checkin', '(update|progress)', { checks: { notPrev: ['address', 'card', 'payment', 'billing'], notNear: ['address', 'card', 'portal', 'password', 'invoice*', 'calendar'] } }),
  p('checkin', '(feel|feeling|felt|doing|been|am) (much|a bit|a little|so much|weirdly|way)? (better|calmer|good|great|okay|ok|well|stronger|lighter|proud)', { checks: { notPrev: ['not', 'never', 'wish i', 'want to'] } }),
  p('checkin', '(it|that|this) (worked|helped|went well|passed|went away|got easier|got better|eased)'),
  p('checkin', 'helped (both|a lot|me|so much|loads)'),
  p('checkin', '(worked|helped) (during|when|on|with|for|again)'),
  p('checkin', '(stuck|sticking|stick|kept|keeping) to (the|my|a) (same|new|usual|regular)? (plan|routine|schedule|bedtime|goal|goals|wake time|list|time)'),
  p('checkin', '(falling asleep|sleeping|waking up|getting up|eating|walking|reading|feeling) (faster|better|earlier|more|regularly|calmer)'),
  p('checkin', '(no|fewer|less|only #Value|#Value) #Adjective? #Noun (this|last|the past) (week|month|few days|weekend)'),
  p('checkin', '(is|are|has|have|was) (gone|passed|eased|lifted|faded|settled down|calmed down)', { checks: { notPrev: ['if i', 'i', 'when i', 'once i', 'after i', 'if he', 'if she'] } }),
  p('checkin', '(not|never) worry', weak),
  p('checkin', '(name|title|link) of (that|the) (book|podcast|app|article|video|website|exercise|technique|group)'),
  p('checkin', 'what was the name of'),
  p('checkin', '(what|something|the thing) you said (about|in|last|during)'),
  p('checkin', '(thanks|thank you) for (last|the|our|today|yesterday|this) (session|week|time)?', { checks: { needNear: ['session', 'today', 'yesterday', 'last time', 'last week'] } }),
  p('checkin', '(remind|send|recommend|suggest) me (the|a|some|any|of)? (name|link|book|podcast|app|article|resource|resources|reading)'),
  p('checkin', '(discuss|talk about|go over|bring up|look at|talk through|work on|unpack) (it|this|that|some of it|them|more)? (in|at|during|on|next) (session|our next session|our session|next time|#Date|the next session)'),
  p('checkin', '(looking forward to|look forward to) (talking|discussing|going over|hearing)'),
  p('checkin', 'should i (rank|start|pick|use|track|record|count|continue|keep going|do it|fill|write|list)'),
  p('checkin', '(this|last) week', weak),
  p('checkin', '(went|go|going|been going) (for a walk|to the gym|for a run|for walks|to bed earlier)'),
  p('checkin', '(for the first time|first time in)', weak),
];

const SUPPORT: PurposeRule[] = [
  p('support', '(am|really|so|been|been really|been so|still|honestly) struggling'),
  p('support', '(having|had|have|having such) (a|an|such a)? (really|very|so|super)? (hard|rough|tough|terrible|awful|bad|horrible|difficult|shit|crap|crappy) (time|day|night|week|weekend|morning|evening|few days)'),
  p('support', '(rough|hard|tough|awful|terrible|horrible) (night|day|week|weekend|morning)'),
  p('support', '(overwhelmed|overwhelming)'),
  p('support', '(falling apart|breaking down|fall apart|break down|spiraling|spiralling|losing it|losing my mind)'),
  p('support', '(a|such a|complete|total) (wreck|mess)'),
  p('support', '(feel|feeling|felt|am|so|really|completely|totally|just|very) (lonely|alone|lost|broken|shattered|hopeless|helpless|desperate|empty|devastated|terrified|heartbroken|shaken|numb|worthless)'),
  p('support', '(so|really|very|terribly|completely) (scared|afraid|frightened|anxious|panicked|sad|upset|low|down)'),
  p('support', '(scared|afraid|terrified) (about|of|that)'),
  p('support', '(can not|cannot) (stop crying|stop shaking|stop worrying|cope|breathe|handle|calm down|focus|function|get out of bed|stop thinking|think straight)'),
  p('support', '(keep|kept|been|started|start|could not stop|can not stop) crying'),
  p('support', 'crying (all|every|since|at work|in the|myself)'),
  p('support', '(need|needed|needing) (to talk|someone|to hear|help|support|to reach out|you|to vent)'),
  p('support', '(reach|reaching|reached) out'),
  p('support', '(can|could) (we|you|i) (talk|speak|call|chat) (before|today|tonight|tomorrow|soon|sooner|earlier|this week|before #Date)'),
  p('support', '(call|write|text) me (when|if|back|please)'),
  p('support', '(check|checking) (in)? on me'),
  p('support', 'write back'),
  p('support', '(not|never) know (how|what) to (do|get through|cope|handle|deal|keep going|go on|feel)', { checks: { notNext: ['with it', 'with this', 'with all', 'with that', 'with them', 'with these', 'about the'] } }),
  p('support', '(not|never) know how to (talk to|help|support|handle|deal with|cope with|be there for|reach)'),
  p('support', 'my #Adjective? (grandmother|grandma|grandfather|grandpa|mother|mom|mum|father|dad|brother|sister|husband|wife|partner|friend|best friend|son|daughter|aunt|uncle|cousin|dog|cat|nan|gran) (died|passed away|passed|was killed|is dying)'),
  p('support', '(funeral|passed away|bereavement|grieving)', weak),
  p('support', '(not|never) know who else'),
  p('support', 'get (me)? through (the|this|today|tonight|the weekend|the night|the day|it|till|until)'),
  p('support', 'help me (get through|cope|calm|feel|get by|hold on)'),
  p('support', '(too much|so much) (right now|to handle|to bear|for me)'),
  p('support', 'feels like too much'),
  p('support', '(everything|it all|life|things) (is|are|feels|feel) (falling apart|too much|so heavy|heavy|overwhelming|unbearable|hopeless)'),
  p('support', '(through the roof|unbearable|can not take it)'),
  p('support', '(everything|things|it all|my life|life|my world) (is|are|feels|keeps|has been|just)? (crashing|falling|coming|caving|breaking) (down|apart|in)'),
  p('support', '(can not|could not) (keep|hold|get) (it|myself|my life|things) together'),
  p('support', '(can not|cannot) (do this|handle this|take this|go through this|take much more|cope with this)'),
  p('support', '(who|where|what) to turn (to)?'),
  p('support', '(nobody|no one|noone|nobody else) (to talk to|to turn to|i can talk to|to help)'),
  p('support', '(have|got) no one'),
  p('support', '(all|completely|so|totally) alone'),
  p('support', '(please|can you|could you) (call|text|ring|phone) me'),
  p('support', '(call|text|ring) me$'),
  p('support', '(freaking out|falling to pieces|barely coping|not coping|barely holding on|hanging by a thread|at my limit|at the end of my rope|at breaking point)'),
  p('support', '(having|had|have) (a|another)? (breakdown|meltdown|crisis|panic attack|bad episode)'),
  p('support', '(need|needing) (some)? (help|support|advice) (please|now|today|tonight|right now)?'),
  p('support', '(hard|difficult|impossible) (to|for me to) (cope|breathe|get out of bed|function|stop crying|keep going)'),
  p('support', '(shaking|trembling|panicking|spiraling|spiralling)'),
  p('support', 'panic attack (right now|now|at the moment)'),
  p('support', '(i am|im) not (okay|ok|alright|doing well|doing good|doing ok|fine)'),
  p('support', 'what (should|do|can) i do (with|about)? (all)? (this|these|my)? (fear|anxiety|feelings|feeling|pain|grief|panic|thoughts)'),
  p('support', '(words|something) (of advice|that might help|to help)'),
  p('support', '(just|i) (needed|wanted|need|want) to (reach out|tell someone|talk to someone|hear)'),
  p('support', '(it is|its) a lot', weak),
  p('support', '(sad|upset|anxious|stressed|worried|lonely|angry|scared)', weak),
  p('support', '(feel|feeling|felt|so|really|very) (down|low|awful|terrible|horrible)', weak),
  p('support', '(sorry to bother you|sorry for bothering you|sorry to write|sorry for writing)', weak),
];

const CLINICAL: PurposeRule[] = [
  p('clinical', '(had|have|having|another|a bad|recurring) nightmare'),
  p('clinical', '(flashback|flashbacks|nightmares|dissociation|dissociating|dissociated|dissociate|depersonalization|derealization|hallucination|hallucinations|hallucinating|mania|manic|hypomanic|hypomania|insomnia|compulsion|compulsions|compulsive|obsessions|obsessive|ritual|rituals|intrusive|hypervigilant|hypervigilance|psychosis|psychotic|paranoid|paranoia)'),
  p('clinical', 'panic attacks'),
  p('clinical', '#Value panic attacks?'),
  p('clinical', '(binge|binged|binging|bingeing|binges|purge|purged|purging|restricting|restricted eating|laxatives|calories|skipping meals|skipped meals|weighing myself|body checking)'),
  p('clinical', '(detached|numb|disconnected) from (my|the|myself|everything|everyone|reality)'),
  p('clinical', '(watching|watch) myself from'),
  p('clinical', '(outside|out of) my body'),
  p('clinical', '(hearing|hear|heard) voices'),
  p('clinical', '(checking|checked|check) the (stove|door|doors|locks|lock|oven|windows)'),
  p('clinical', '(side effect|side effects|brain zaps|withdrawal|withdrawals)'),
  p('clinical', `(meds|medication|medications|prescription|pills|${MED.slice(1, -1)}) (ran out|run out|running out|are running out|have run out)`),
  p('clinical', `(ran|run|running) out of (my)? #Adjective? (meds|medication|medications|prescription|pills|${MED.slice(1, -1)})`),
  p('clinical', `(increased|decreased|raised|lowered|doubled|halved|upped|changed|switched|started|stopped|missed|skipped|tapering|taper|tapered|adjusting|adjusted|add|adding|added|prescribed|prescribe|prescribing|coming off|came off|weaning) .? (my|the|a)? (dose|dosage|doses|meds|medication|medications|antidepressant|antidepressants|${MED.slice(1, -1)})`),
  p('clinical', `(my|the) (dose|dosage)`),
  p('clinical', `(meds|medication|medications|pills|antidepressant|antidepressants|${MED.slice(1, -1)}) (is|are|has|have|made|makes|making|was|were|seems|seem|is not|are not|does not|do not|stopped|started|kicked|kicking)`),
  p('clinical', '(depression|depressive|ptsd|cptsd|c-ptsd|ocd|bipolar|adhd|bpd|borderline personality|anorexia|anorexic|bulimia|bulimic|eating disorder|schizophrenia|schizoaffective|autism|autistic|agoraphobia|social anxiety|panic disorder|anxiety disorder|gad|disorder|diagnosis|diagnosed)', { checks: { notNext: ['code', 'codes'] } }),
  p('clinical', '(trauma|traumatic|traumatized|abuse|abused|abusive|assault|assaulted|molested|raped|rape|neglect|neglected|grooming|groomed)'),
  p('clinical', 'when i was (#Value|young|younger|little|small|a kid|a child|a teen|a teenager|in school|about #Value|around #Value|a baby)'),
  p('clinical', '(my|our) childhood'),
  p('clinical', 'growing up'),
  p('clinical', 'used to (hit|yell|scream|lock|beat|hurt|drink|shout|ignore|leave|touch|punish|call me)'),
  p('clinical', '(memories|memory|remembering|remembered|flash) (of|from|about)?', { checks: { notNext: ['foam', 'card', 'stick'] } }),
  p('clinical', 'the (accident|crash|assault|attack|abuse|miscarriage)'),
  p('clinical', 'anniversary of'),
  p('clinical', '(on edge|setback|relapse|relapsed|triggered|trigger|triggers|the old pattern|same pattern|the pattern)'),
  p('clinical', '(i think|maybe|i wonder if) (that is|thats|it is|its|this is) (why|because|connected|related|linked)'),
  p('clinical', '(connected|related|linked) to (the|my|what)'),
  p('clinical', '(i|and i) (realized|realised|noticed|recognized|recognised) (that|i|how|the)', weak),
  p('clinical', '(drinking|drank|drunk|using|high|smoking weed|weed|pills) (most|every|again|too much|alone|all|each)', { checks: { notPrev: ['coffee', 'tea', 'water'] } }),
  p('clinical', '(glasses|bottles|drinks|shots|beers) of? (wine|beer|vodka|whisky|whiskey|gin|rum)'),
  p('clinical', '(sober|sobriety|craving|cravings|hangover|blackout|blacked out)'),
  p('clinical', '(heart races|heart racing|racing heart|chest is tight|tight chest|shaky|foggy|sweating|night sweats)', weak),
  p('clinical', '(having|had|get|getting|been having|keep having) (these|weird|strange|more|some|those|a few)? (episodes|spells|blackouts|moments where|gaps)'),
  p('clinical', '(can not|could not|do not|did not) remember (driving|getting|how i|what happened|doing|anything|saying|parts|most)'),
  p('clinical', '(lose|losing|lost) (time|track of time|hours|chunks)'),
  p('clinical', '(memory|memories) (gaps|loss|lapses)'),
  p('clinical', `${MED}`, { checks: { needNear: ['rash', 'nausea', 'nauseous', 'dizzy', 'dizziness', 'sleepy', 'drowsy', 'tired', 'weight', 'shaky', 'headache', 'headaches', 'insomnia', 'side', 'effects', 'worse', 'working', 'stop', 'stopping', 'quit', 'off', 'dose', 'higher', 'lower', 'increase', 'decrease', 'switch', 'withdrawal', 'numb', 'flat', 'foggy', 'libido', 'sweating', 'worried', 'is it normal', 'should i', 'since i started', 'ran out', 'run out', 'not helping', 'help'] } }),
  p('clinical', '(death|loss|suicide|funeral) of (my|his|her)'),
  p('clinical', 'since (my|his|her) #Noun (death|died|passed|diagnosis)'),
  p('clinical', '(ashamed|shame|guilt|guilty|disgusted with myself|hate myself|self-loathing|worthless)', weak),
  p('clinical', '(psychiatrist|psychiatric|inpatient)', weak),
  p('clinical', 'as a (teenager|teen|kid|child|student)'),
  p('clinical', 'used to (self harm|cut|drink|binge|purge|starve)'),
  p('clinical', '(scars|my abuser)'),
  p('clinical', '(anxiety|anxious|panicky|panic|depressed)', weak),
];

const CASUAL: PurposeRule[] = [
  p('casual', '(want|like|love) (it if)? (you)? (to)? (come|join) (along|us|me)'),
  p('casual', 'would you (like|want|love) to (come|join|grab|get|go|meet up|hang)'),
  p('casual', 'would you (come|be able to come|consider coming|ever come)'),
  p('casual', '(come|coming|attend|attending|be at|stop by) (to)? my (graduation|wedding|party|birthday|show|concert|game|recital|exhibition|opening|launch|event|celebration|housewarming|performance|play|gig|reading|book launch)'),
  p('casual', 'how (was|is) #Place'),
  p('casual', '(your|the) out of office', weak),
  p('casual', '(want|wanna|like) to come along'),
  p('casual', '(grab|get|have) (a)? (coffee|lunch|dinner|drinks|a drink|a beer|brunch|tea) (sometime|together|with me|as friends|with us|one day)'),
  p('casual', 'as friends'),
  p('casual', '(came|come|coming) to (cheer|watch|see me)'),
  p('casual', 'would love it if you'),
  p('casual', '(you are|youre) invited'),
  p('casual', '(invite|invitation|invitations)', { checks: { notNear: ['zoom', 'calendar', 'meeting', 'session', 'link'] } }),
  p('casual', '(where|how|what|when) (are|were|was|did|do|is) you (going|doing|spend|spending|up to|like to|celebrate)', { checks: { notNext: ['to charge', 'charge', 'bill', 'need', 'prefer', 'think'] } }),
  p('casual', 'how was your (weekend|trip|vacation|holiday|holidays|birthday|christmas|summer|break|conference)'),
  p('casual', 'how (your|the) (trip|vacation|holiday|holidays|weekend|birthday|wedding) (went|was|is going)'),
  p('casual', '(do|did) you (still)? have (any)? (kids|children|pets|a dog|a cat|dogs|cats|a partner|a husband|a wife|a family|siblings|brothers|sisters|grandkids|plans|hobbies|that)'),
  p('casual', 'your (dog|cat|kids|children|husband|wife|partner|family|vacation|trip|holiday|birthday|book|garden|hobby|hobbies|cat story|puppy|pets|wedding|baby)'),
  p('casual', '(are you|you) (married|single|dating)'),
  p('casual', 'how old are you'),
  p('casual', '(where|what area) do you live'),
  p('casual', '(recipe|recipes|meme|memes|had to share|gif)'),
  p('casual', '(photo|photos|pic|pics|picture|pictures|video) (from|of) (my|our|the) (trip|vacation|holiday|wedding|garden|dog|cat|baby|new|race|hike)'),
  p('casual', 'my trip to', weak),
  p('casual', 'thought you (would|might|d) (like|enjoy|love|appreciate)'),
  p('casual', '(connection|friend|follow) request'),
  p('casual', '(linkedin|instagram|facebook|twitter|tiktok|snapchat|strava)'),
  p('casual', 'follow (you|me) on'),
  p('casual', '(crazy|nice|lovely|beautiful|terrible|awful|gorgeous|wild) weather'),
  p('casual', 'stay (warm|cool|dry)'),
  p('casual', 'happy (birthday|holidays|new year|thanksgiving|easter|hanukkah|diwali|eid|fourth|4th|halloween|mothers day|fathers day)'),
  p('casual', 'merry (christmas|xmas)'),
  p('casual', '(congrats|congratulations)'),
  p('casual', '(was that|saw|seen|ran into|bumped into|spotted) you (at|in|on)'),
  p('casual', 'you like (jazz|music|hiking|running|#Noun)'),
  p('casual', 'let me know if you (make|try|like|want) (it|one)'),
  p('casual', 'if you ever want one'),
  p('casual', '(have you seen|did you see|did you watch|have you watched|have you tried|have you been to)'),
  p('casual', '(totally random|random question|off topic|just for fun|fun fact)'),
  p('casual', '(where|how) can i (buy|get|find) (it|your|a copy)'),
  p('casual', 'sign copies'),
  p('casual', '(lol|lmao|haha|hahaha|hehe|omg)', weak),
  p('casual', '(concert|party|wedding|bbq|barbecue|game night|board game|game|marathon|escape room|festival|gig|show|movie|film)', weak),
  p('casual', '(hope|hoping) (you are|youre|your) (having|weekend|week|holiday)', weak),
  p('casual', '(trip|vacation|holiday|puppies|puppy|cat|dog)', weak),
];

export const PURPOSE_RULES: PurposeRule[] = [...SCHEDULING, ...ADMIN, ...CHECKIN, ...SUPPORT, ...CLINICAL, ...CASUAL];
for (const rule of PURPOSE_RULES) if (rule.checks) rule.compiled = compileChecks(rule.checks);

const ORDER: readonly Purpose[] = ['scheduling', 'admin', 'checkin', 'support', 'clinical', 'casual'];

interface Signal {
  purpose: Purpose;
  span: Span;
  weak: boolean;
}

/**
 * Purposes from the rule matches, decided paragraph by paragraph (so that a paragraph's result
 * does not depend on its neighbours: analyzeParagraphs caches paragraphs). Weak signals count
 * when the same paragraph has two of them or a strong one for the same purpose.
 */
export function detectPurposes(p: Parsed, found: readonly Found[], paragraphs: readonly (readonly [number, number])[]): PurposeHit[] {
  const signals: Signal[] = [];
  for (const f of found) {
    if (f.concern !== 'purpose') continue;
    const rule = PURPOSE_RULES[f.index]!;
    if (rule.compiled && !passes(p, rule.compiled, f.a, f.b)) continue;
    signals.push({ purpose: rule.purpose, span: spanOf(p, f.a, f.b), weak: !!rule.weak });
  }
  const byPurpose = new Map<Purpose, Span[]>();
  for (const [start, end] of paragraphs) {
    const here = signals.filter((s) => s.span.start >= start && s.span.start < end);
    for (const purpose of ORDER) {
      const mine = here.filter((s) => s.purpose === purpose);
      const strong = mine.some((s) => !s.weak);
      const weakCount = new Set(mine.filter((s) => s.weak).map((s) => s.span.start)).size;
      if (strong || weakCount >= 2) byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), ...mine.map((s) => s.span)]);
    }
  }
  return toHits(byPurpose);
}

function toHits(byPurpose: Map<Purpose, Span[]>): PurposeHit[] {
  const out: PurposeHit[] = [];
  for (const purpose of ORDER) {
    const spans = byPurpose.get(purpose);
    if (spans?.length) out.push({ purpose, evidence: dedupe(spans) });
  }
  return out;
}

function dedupe(spans: Span[]): Span[] {
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue; // overlapping evidence: keep the first, longest
    out.push(s);
  }
  return out;
}

const FEELING = /\b(?:I (?:feel|felt|realized|realised|noticed|think|thought|remember|keep|kept|used to|never|always|wonder|wanted)|makes? me feel|it hurts|I'm (?:ashamed|angry|sad|afraid|scared|hurt)|painful)\b/gi;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whole-draft additions: current risk means the writer is reaching out for support; a long draft
 * full of the writer's own feelings and memories is clinical ("processing feelings at length").
 */
export function finalizePurposes(text: string, local: readonly PurposeHit[], risk: readonly RiskHit[]): PurposeHit[] {
  const byPurpose = new Map<Purpose, Span[]>();
  for (const h of local) byPurpose.set(h.purpose, [...(byPurpose.get(h.purpose) ?? []), ...h.evidence]);
  const current = risk.filter((r) => r.level === 'current').map((r) => r.evidence);
  if (current.length) byPurpose.set('support', [...(byPurpose.get('support') ?? []), ...current]);
  // the writer's own past risk ("I tried to kill myself when I was 17") is history: clinical content
  const past = risk.filter((r) => r.reason === 'past').map((r) => r.evidence);
  if (past.length) byPurpose.set('clinical', [...(byPurpose.get('clinical') ?? []), ...past]);
  if (!byPurpose.has('clinical')) {
    const words = text.match(WORD)?.length ?? 0;
    if (words >= 90) {
      const feelings = [...text.matchAll(FEELING)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
      if (feelings.length >= 4) byPurpose.set('clinical', feelings);
    }
  }
  return toHits(byPurpose);
}
