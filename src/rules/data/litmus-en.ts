import type { LitmusLexicon } from './litmus';

// Phrases run on normalised text: lower case, typographic quotes folded to ', white space one space.
// Non-capturing groups only: (?:…).
const WE = "(?:we|i)(?:'ll| will| can| could| would| 'd|'d| are| am| have|'ve| are happy to| am happy to| would be happy to| are glad to| am glad to| are going to| am going to| have decided to| will be| are able to| can also)?";
const YOU = "(?:you|your|you're|you've|you'd)";

export const LITMUS_EN: LitmusLexicon = {
  phrases: {
    insult: [
      '(?:a )?ten-year-old could|isn\'t everyone\'s strong suit|doesn\'t deal with numbers|a bit much for you|younger users|when money\'s tight',
      'like an adult|(?:even )?a (?:kid|child|toddler|five-year-old) (?:can|could|would)|someone else\'s (?:headache|problem)|pretty basic|not sure why anyone would|(?:we\'re|we are) done with you',
      'even you|hold(?:ing)? your hand|someone (?:this|so) (?:unpleasant|rude|difficult|exhausting)|(?:professional|serial|chronic) complainer|anyone with (?:basic |half a brain|a brain|common sense)|half a brain|basic common sense|not (?:that|exactly) hard',
      'idiots?|idiotic|stupid(?:ity)?|morons?|moronic|imbeciles?|dumb|clueless|incompetent|pathetic|childish|ignorant|lazy|liars?|clowns?|fools?|foolish|ridiculous (?:request|demand|question|complaint|behaviou?r|email|message)|absurd (?:request|demand|claim)',
      `${YOU} people`,
      'grow up|get a grip|get a life|learn (?:how )?to read|use (?:your|some) (?:common sense|brain|head)|any reasonable (?:person|adult)|a child (?:could|would)|even a child|not rocket science|basic reading|reading comprehension',
      'nonsense|rubbish|drama|tantrum|whin(?:e|ing)|entitled|unhinged|hysterical',
      '(?:isn\'t|is not|ain\'t) rocket science|even for you|(?:customers|people|folks) like you(?: are| always)',
      'some people (?:just )?(?:can\'t|cannot|don\'t|never)|can\'t take no for an answer',
    ],
    sarcasm: [
      'always a pleasure|(?:a real )?win-win|bold (?:opening )?offer|made (?:the team\'s|our) (?:day|morning)|which i gather|i do admire|what a lovely way|lovely way to start',
      'would you like (?:a|an) [^.?!]{1,30} with that|detective work|congrats on getting|lucky you|[🙄🙃😒😏]|😉',
      'thanks a (?:bunch|lot|million) for|really appreciated|great news[:!]|how (?:terrifying|scary|frightening)|(?:i\'m|we\'re) (?:shaking|terrified)|i\'m sure your (?:lawyer|bank|solicitor)|(?:will|would) be thrilled|congrats on the|lucky for you|pity you',
      "(?:oh )?wow[,!.]|congrat(?:ulation)?s?(?: on| for)? (?:finally|managing|figuring|working out|being|discovering)|nice try|good luck with that|thanks for nothing|what a (?:surprise|shock|shocker)|surprise,? surprise|bravo|genius|shockingly|who (?:would have|could have) (?:guessed|thought)|who knew|(?:brilliant|great|wonderful|fantastic) (?:idea|plan|job|work),? (?:really|truly)?|sure,? (?:because|why not)|obviously (?:you|someone)|apparently (?:you|someone) (?:think|thinks|believe|believes|expect|expects)|clearly (?:you|someone)|i'm sure (?:you|that)|i am sure you|how (?:nice|lovely|wonderful|kind) of you to (?:finally|eventually)|(?:finally|at last)[,!] (?:you|someone)|welcome to reality|(?:thank you|thanks) so much for (?:finally|eventually)|(?:really|truly) (?:appreciate|love) (?:how|that) you(?:'ve)? (?:ignored|skipped|failed)",
      '(?:lovely|wonderful|brilliant|fantastic|genius) (?:suggestion|idea|move|plan) (?:that|to|of)|brilliant move|really efficient|get right on (?:becoming|that one)|how exciting (?:to hear|that)|(?:we|i) always look forward to (?:them|it|those|these)',
      'congratulations,? you(?:\'ve| have) finally|hopefully the next (?:store|shop|company|provider|business) enjoys|very reasonable (?:idea|request|suggestion)|(?:we\'ll|we will|we\'d) happily oblige|do give (?:our|my) regards|as it will be tomorrow|technically our|mystery solved|which you kindly',
    ],
    passive_aggressive: [
      'circling back,? again|i\'ll assume|(?:now )?linked (?:it )?(?:five|four|three|several|many) times|isn\'t going to be read|even after (?:two|three|several) reminders|won\'t be the last time',
      'again,? as stated|not sure how else to say it|(?:clearly )?chose to ignore|interesting that you|hope (?:that\'s|this is|that is) finally|finally enough',
      '(?:this|it) one (?:last|more|final) time|one (?:last|more|final) time:|hopefully (?:that|this) settles it|we did ask nicely|(?:that|it) (?:apparently )?wasn\'t enough|not sure (?:which part|what (?:else )?you (?:were )?expect)|(?:told|explained|said|written) (?:this |it |you )?(?:now )?(?:twice|three times|several times|repeatedly|again and again)|which part of (?:that|this)',
      '(?:as|like) (?:i|we)(?: have| had|\'ve)? (?:already |previously |clearly |repeatedly |just )?(?:explained|said|stated|mentioned|told you|noted|advised|pointed out|informed you|made clear|outlined|written)(?: (?:before|earlier|previously|already|multiple times|several times|many times|twice|in my (?:last|previous) (?:email|message|reply)))?',
      'per my (?:last|previous|earlier) (?:email|message|reply|note)|(?:see|refer to|kindly refer to|please refer to|re-?read) (?:my|our) (?:last|previous|earlier|prior) (?:email|message|reply|response|emails|messages)',
      'with (?:all )?due respect|with respect,|no offen[cs]e,? but|not to be rude,? but|i\'m not sure how else to (?:say|explain|put)|i don\'t know how (?:else|many (?:more )?times)|how many (?:more )?times|for the (?:second|third|fourth|fifth|tenth|hundredth|last|umpteenth|nth|\\d+(?:st|nd|rd|th)) time',
      'once again,|yet again|(?:i|we)(?:\'ll| will) (?:repeat|say (?:it|this) again)|to reiterate|to be (?:perfectly |very |absolutely )?clear,|as (?:clearly|plainly|already) (?:stated|stipulated|explained|written|mentioned)|as (?:you were|you have been|you\'ve been) (?:told|informed|advised)|friendly reminder|just a reminder that (?:we|i) (?:already|have already)|again, (?:this|the|our|please)|going forward,? please (?:read|check|make sure)',
      'as stated in the (?:[\\p{L}\\p{N}]+ )?(?:emails?|messages?|replies)|(?:emails|messages|replies) you(?:\'ve| have)? already (?:received|had)|we went over this|everything you need is in (?:my|our) (?:earlier|previous|last) (?:message|email|reply)|same place as the last|the last (?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}) times',
      'won\'t be needed a (?:second|third|fourth) time|we did (?:try to )?warn you|since you(?:\'ve|\'d| have| had) (?:clearly )?(?:chosen|prefer|preferred|decided)|(?:—|–) again (?:—|–)|who can meet your standards',
    ],
    blame: [
      '(?:is|was) down to you|would have saved us|should have been caught|take more care|something you need to check|was avoidable',
      'because you (?:didn\'t|did not|never|forgot)|this happened because you|(?:was|is) your job|your job to',
      'your (?:own )?(?:custom code|changes|settings|code) did|didn\'t think to|(?:is|was) (?:really |entirely |squarely )?on you|(?:didn\'t|did not) read what you|fix your own',
      `${YOU} (?:should|could|ought to|would) have (?:read|checked|known|looked|noticed|followed|double-checked|paid attention|been more careful)|if ${YOU}(?: had| would have)? (?:bothered|read|checked|taken the time|paid attention|followed|looked)`,
      "that(?:'s| is) on you|(?:entirely |completely |all )?your (?:own )?(?:fault|mistake|problem|responsibility|doing)(?![^.!?]{0,20}\\?)|you(?: have|'ve)? failed to|you (?:didn't|did not|never) (?:bother|read|follow|check|listen|pay attention)|you (?:clearly|obviously) (?:didn't|did not|failed|missed|ignored)|you need to (?:learn|start reading|read more carefully)|next time,? (?:read|check|pay attention|try reading)|(?:it's|it is) not our (?:fault|problem)|not our problem|you were (?:careless|negligent)|blame (?:yourself|no one but)|you only have yourself",
      'you (?:really )?should(?:\'ve| have) (?:double-?checked|contacted|called|asked|checked|read|looked|emailed|messaged|thought)|you really should (?:double-?check|check|read|look)|(?:entered|typed|given|chosen|picked) on your side|not (?:really )?fair to ask|it would have been (?:much |a lot |so much )?(?:simpler|easier|better|quicker) if you|before running to your bank',
    ],
    threat: [
      'banned permanently|every account linked|can be reported|keep copies of (?:messages|emails|this)|(?:just )?as public about',
      '(?:send|sending|pass|passing|hand|handing) (?:this|it|you|your (?:account|debt|details)) (?:over )?to (?:collections|a collection agency|debt collectors?)|collections|credit (?:score|rating|file)|(?:publish|post|share) (?:these|those|the|our|your) (?:chats|messages|emails|conversations|replies)',
      'report(?:ing)? you for|(?:get|have) your (?:ip|account|card|email|address) (?:banned|blocked|blacklisted|reported)|no (?:shop|store|retailer|one) (?:in our network )?(?:will )?(?:ever )?(?:sells?|serves?|deals?)|(?:publish|post|share) (?:this|the|our) (?:whole |entire )?(?:email|thread|conversation|exchange|correspondence)|(?:hear|hearing) from our (?:solicitors|lawyers|attorneys|legal team)|debt collect(?:or|ors|ion)|counter-?su(?:e|ing|ed)|(?:can\'t|cannot|won\'t be able to) (?:shop|buy|order) (?:at|from) any|our lawyers are',
      `${WE}(?: (?:have to|be forced to|not hesitate to|be|be happy to))? (?:call|calling|contact|contacting|involve|involving|report(?:ing)? you to|notify|notifying|inform|informing) (?:the )?(?:police|authorities|law enforcement|cyber ?crime|fraud (?:unit|department))`,
      `${WE}(?: (?:have to|be forced to|not hesitate to|be))? (?:sue|suing|take legal action against|press charges against|pursue legal action against|pursue) you|legal action against you|(?:press|pressing|file|filing) charges`,
      'blacklist(?:ed|ing)?|(?:ban|banned|banning) you (?:from|for life|permanently|everywhere)|(?:share|post|publish|expose|name|naming) (?:you|your (?:name|details|messages|emails|conversation|behaviou?r)) (?:publicly|online|on|to (?:other|every))|expose you|make (?:an )?example of you',
      "you(?:'ll| will) (?:regret|be sorry|pay for)|there will be consequences|or else|don't test us|we know (?:where|who) you|watch yourself|think (?:very )?carefully before",
      'fraud database|(?:passed|pass|passing|shared|share|sharing|sent|send|sending) your (?:details|name|information|data) (?:on )?(?:to|with) (?:our )?(?:partner|other) (?:stores|retailers|shops|companies|merchants)|know not to serve you|take you to court|call security|banned from (?:all|every|any)',
      'report (?:this|you|it) to your bank as fraud|your card (?:may|will|could|might) be (?:blocked|frozen|cancelled)',
    ],
    promise_beyond_policy: [
      '(?:i\'ve|we\'ve|i have|we have) (?:added|sent|applied|put)[^.]{0,30}(?:voucher|replacement|credit|upgrade)|as a one-off',
      '(?:add|adding|put|putting|give|giving)(?: you)? (?:a )?(?:\\$|£|€)?(?:\\d+(?:[.,]\\d+)? ?)?(?:credit|free month|month free|gift card)|refund you directly',
      '(?:i|we)(?:\'ll|\'ve| will| have| can)? (?:gone ahead and )?(?:refund|refunded|reship|reshipped|send you a new|sending (?:you )?a new)(?: you)?|(?:added|put|applied|credited|given|gave)(?: you)?(?: [\\p{L}\\p{N}$£€.,]+){0,4} (?:credit|free month|month free|discount|voucher)|free month|(?:reactivate|re-open|reopen) (?:it|your account)[^.]{0,30}free',
      `${WE}(?: (?:go ahead and|happily|gladly|also|now|immediately|personally|still|be))? (?:(?:issue|process|give|send|offer|arrange|grant|provide|approve|make)(?: you)?(?: with)? (?:a |an |the )?(?:full |partial |complete |one-time |special |goodwill |courtesy )?(?:refund|reimbursement|replacement|credit|discount|voucher|coupon|store credit|gift card|compensation|exception|free (?:replacement|upgrade|month|shipping|item|copy|unit))|refund (?:you|your|the|it|this)|reimburse|compensate|waive|credit (?:you|your account)|replace (?:it|the|your) (?:for free|free of charge|at no (?:cost|charge)))`,
      'as an exception|(?:make|making|made) an exception|one-time (?:exception|courtesy|gesture)|(?:goodwill|courtesy) (?:gesture|credit|refund|discount)|on the house|at no (?:extra )?(?:cost|charge) to you|\\d{1,3} ?% (?:off|discount)|(?:here(?:\'s| is)|use|enjoy|with|take) (?:a |this |the )?(?:\\d{1,3} ?% )?(?:discount|promo|coupon|voucher) code|(?:just )?this (?:once|one time)',
      '(?:send|ship|give|get) (?:you )?(?:a )?(?:new|replacement|another)(?: one)? (?:for free|free of charge|at no (?:cost|charge))',
      '\\d{1,3} ?% (?:voucher|coupon|credit|refund)',
    ],
    internal_leak: [
      '(?:belle|xavier|will) protocol|protocol now applies',
      '(?:gold|silver|platinum|bronze|vip|premium) (?:tier|member|level|status) (?:customer|client|member)?',
      '(?:vip|loyal|standard|premium|gold|silver|bronze) (?:band|bucket|segment)|(?:tool|software|system|model|algorithm|ai) (?:has )?(?:classified|flagged|marked|scored|tagged)|classified (?:this|your) (?:message|ticket|email)|tagged for|cost of supporting|lifetime spend|spend (?:isn\'t|is not) high enough|(?:more|less) than (?:you|your account|the account) (?:bring|brings|spend|spends)|brings in',
      'ltv|lifetime value|net drain|support costs?|cost to serve|cost of serving|(?:vip|loyal|standard|unknown|new) (?:tier|status|segment|flag)|(?:your|the|our) tier|tier (?:is|of|level)|vip (?:customer|client|account)s?|high[- ]value customer|low[- ]value customer',
      'fairline(?:_[a-z_]+)?|flagged|(?:our|the) system (?:has )?(?:classified|marked|identified|detected|tagged|labell?ed|scored|rated|categori[sz]ed)|classified (?:you|your|as)|(?:marked|tagged|labell?ed|categori[sz]ed) (?:you|your account) as|on (?:our|a) (?:list|watch ?list)|abuser|(?:warning|strike) (?:shot|count)|behaviou?r (?:score|classification|flag)|(?:belligerent|willful ignorance|wilful ignorance|review extortion|extortion) (?:customer|case|tag|flag|classification)',
      '(?:marked|tagged|flagged|labell?ed) your (?:profile|account|ticket) as',
      '(?:belle|xavier) (?:procedure|process|policy)|belligerent customers',
    ],
  },
  negator: "not|never|no|cannot|can't|cant|unable|won't|wont|don't|dont|isn't|aren't|wouldn't|couldn't|doesn't|didn't|without|neither|nor|no longer|not able|beyond",
  clauseBreak: 'but|however|instead|although|though|whereas|yet',
  ending: 'close|closing|end|ending|terminate|cancel|stop (?:the|your) (?:service|account)',
  conditional: 'if|unless|should (?:this|it|that)|in case|were (?:this|it) to',
  suggestions: {
    insult: 'Describe the situation, not the customer: say what happened and what happens next.',
    sarcasm: 'Say it plainly; irony reads as mockery when published.',
    passive_aggressive: 'Give the answer again without pointing out that it was given before.',
    blame: 'State the facts and the next step without saying whose fault it was.',
    threat: 'Keep to what the policy does (warning, ending, refund); no consequences beyond it.',
    shouting: 'Write in sentence case with at most one exclamation mark.',
    too_long: 'Cut to the decision, the reason in one sentence and the next step.',
    promise_beyond_policy: 'This action does not offer a refund, replacement, credit or exception: remove the offer.',
    internal_leak: 'Remove internal words (tiers, value, tags, classifications) from a public reply.',
    unfilled_slot: 'Fill in or remove the placeholder before sending.',
  },
};
