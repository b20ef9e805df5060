import type { Lexicon } from './lexicon';

// Patterns run on normalised Arabic: no diacritics or tatweel, أ/إ/آ→ا, ؤ→و, ئ→ي, ى→ي, ة→ه, Arabic-Indic digits
// → 0-9, letter-spaced words joined ("د ع و ى" → "دعوي", "م.ح.ك.م.ة" → "محكمه").
// Clitics are added by the matcher: و/ف, ب/ل/ك/س and ال before a stem; pronoun endings after it.
// Franco-Arabic (Latin letters, digits for letters: 2=ء 3=ع 5=خ 7=ح 8=غ 9=ق) is matched as written, lower case.
// Patterns must use non-capturing groups only: (?:…), and bounded repeats only.
// The families cover Modern Standard Arabic and the Egyptian, Levantine, Gulf and Maghrebi dialects: stems and verb
// families rather than whole sentences.

/** A bounded run of words that stays inside one clause. */
const GAP = (n: number) => `[^.!?؟\\n،,;:]{0,${n}}?`;
/** A stem with one inner letter hidden by stars: "ح*ير", "ز**الة". */
const masked = (word: string) =>
  Array.from({ length: word.length - 2 }, (_, i) => `${word.slice(0, i + 1)}\\*{1,3}${word.slice(i + 2)}`).join('|');

/** A first-person verb in any tense but the past: أ/ن, the dialect futures ه/ح/ب, رح/راح/غادي. */
const ME = '(?:(?:سوف |رح |راح |غادي |باش )?(?:ا|ن|ه|ح|ب|هن|حن|بن)|(?:رح|راح|غادي|حا|ها) )';
/** A first-person future only: سأ/سن, ه/ح (Egyptian), ب (Gulf), رح/راح (Levantine), غادي (Maghrebi). */
const FUT = '(?:سا|سن|سوف ا|سوف ن|ه|ح|هن|حن|ها|حا|ب|بن|رح ا|رح ن|رح |راح ا|راح ن|راح |غادي ن|غادي ا|غادي |غا ن|باش ن)';
/** Franco-Arabic future or first person. */
const FR_FUT = '(?:ha|h|7a|hn|7n|ra7 ?a?|ra7 e|rah ?a?|ba|b|n|a|ghadi ?n|gha ?n|sa)';

// What a review, a post or public shaming is published on.
const PLATFORM =
  '(?:جوجل|قوقل|غوغل|google|خرايط (?:جوجل|قوقل|google)|تيك ?توك|tiktok|انستغرام|انستجرام|انستقرام|انستا|instagram|insta|فيسبوك|فيس ?بوك|الفيس|facebook|fb|تويتر|twitter|منصه اكس|يوتيوب|youtube|لينكد ?ان|linkedin|سناب(?: ?شات)?|snapchat|snap|واتساب|واتس|whatsapp|تليجرام|تلغرام|telegram|تراست ?بايلوت|trustpilot|ريديت|reddit|تريب ?ادفايزر|tripadvisor|متجر التطبيقات|app ?store|play ?store|جوجل بلاي|wordpress(?:\\.org)?|themeforest|السوشيال(?: ميديا)?|سوشيال(?: ميديا)?|سوشال ميديا|السوشال|كل المواقع|كل المنصات|كل مكان|كل حته|مواقع التواصل(?: الاجتماعي)?|وسايل التواصل(?: الاجتماعي)?|جروب|جروبات|قروب|قروبات|مجموعات)';
// A review or a post.
const REVIEW_NOUN = '(?:تقييم|تقيم|تقييمات|ريفيو|ريفيوهات|review|reviews|rating|مراجعه|بوست|post|منشور|منشورات|تغريده|تغريدات|تويته|تويت|tweet|ثريد|thread)';
// A video or a story: leverage only next to an ultimatum.
const MEDIA_NOUN = '(?:فيديو|فيديوهات|video|ستوري|ستوريات|story|لايف|live|ريل|reel|بث مباشر|قصه|قصص)';
// A promise of a good review is no threat.
const NOT_PRAISE =
  '(?![^.!?؟\\n]{0,40}(?:ممتاز|رايع|ايجابي|حلو|حلوه|جميل|جميله|كويس|خمس نجوم|5 نجوم|خمسه نجوم|مبسوط|سعيد|شكر|انصح|بنصح|تستاهل|بكل الاحوال|momtaz|7elw|gamed|5 stars|five stars))';
// A good review or post promised, anywhere near: a promise, not leverage (SPEC §4: "nor a promise of a good review").
const PRAISE =
  '(?:خمس|خمسه|5) (?:نجوم|نجمات|stars)|(?:احسن|افضل|اجمل|احلي) (?:تقييم|ريفيو|review|commentaire|تعليق|مراجعه|بوست)|(?:تقييم|تقيم|ريفيو|review|تعليق|commentaire|مراجعه|بوست|ريلز|ستوري)(?: [\\p{L}]{1,8})? (?:خرافي|خرافيه|رهيب|رهيبه|ممتاز|ممتازه|ايجابي|ايجابيه|حلو|حلوه|جميل|جميله|يجنن|تحفه)|n?(?:ch|sh)[ou]?k[ou]?r[ou]{0,2}k[ou]m|(?:ch|sh)[ou]kran|merci';
// A partnership or an affiliate programme asked about.
const PARTNERSHIP = '(?:تعاون|تعاونات|شراكه|شراكات|عموله|بالعموله|افلييت|affiliate|collab|collaboration|كولاب|سبونسر|sponsor|sponsorship)';
// An ultimatum: "or else", "unless", "if … not", "either … or", "until", "before", "in exchange".
const ULTIMATUM =
  '(?:و|ف)?(?:احسن لكم|احسنلكم|احسن لكن|احسن لك|الا|والا|اذا|لو(?! سمحت| تكرمت)|ان لم|ان ما|ما لم|في حال|لحد ما|لغايه ما|لين|حتي|قبل ما|قبل ان|مقابل|بشرط|غير كده|غير كدا|غير هيك|غير كذا|بدل ما|يا [^.!?؟\\n]{1,80} يا|اما [^.!?؟\\n]{1,80} او)|walla|wala|wella|wela|law|lw|iza|eza|ya [^.!?\\n]{1,80} ya|la7ad ma|abl ma|2abl ma|unless|or else|otherwise|if';
const IF = '(?:و|ف)?(?:اذا|لو|ان|مقابل|بشرط|لما|بمجرد|حال|حين|عندما|متي|شرط|اول ما|حالما|فور|فورا|بعد ما)|iza|eza|law|lw|awel ma|if';
// A question is not a demand: "هل التوصيل مجاني؟".
const NOT_QUESTION = '(?![^.!\\n]{0,40}[?؟])';
// A bank, a card or a payment service.
const BANK =
  '(?:[وف])?(?:[بلك]|ع|عند |لدي |مع |في )?(?:ال|لل)?(?:بنك|بنكي|مصرف|مصرفي|بطاقه|بطاقتي|البطاقه|كارت|كارتي|الكارت|فيزا|visa|ماستر ?كارد|mastercard|امريكان اكسبريس|امكس|amex|باي ?بال|paypal|ابل باي|apple pay|مدي|stc pay|شركه البطاقه|البنك)|bank|el bank|card|el card|visa|paypal|amex';
// A demand: "I want", "I demand", "I expect", "it's my right", "give me".
const DEMAND =
  '(?:[\\p{L}]{2,8}(?:ولي|وني|ولنا)|اطلب|اطالب|نطالب|نطلب|اريد|نريد|ارجو|بدي|بدنا|ابي|ابغي|ابغا|نبي|عايز|عاوز|عايزه|عاوزه|حاب|حابه|بغيت|اتوقع|استحق|حقي|من حقي|لازم|يجب|ينبغي|المفروض|تعطوني|اعطوني|عطوني|ادوني|تدوني|ابعتولي|تبعتولي|ارسلوا|ترسلوا|ترسلون|جيبولي|بدي ياكم|3ayez|3ayz|3awez|3ayza|bdi|badi|abi|abghi)';
// Paid nothing more: free, no fee, at your cost.
const FREE =
  '(?:مجانا|مجاني|مجانيه|ببلاش|بلاش|فابور|بالفابور|فري|free|علي حسابكم|ع حسابكم|عحسابكم|هديه(?! ?(?:ل|لل|الي |عيد|ميلاد))|(?:دون|بدون|من غير|بلا) (?:ما )?(?:اي )?(?:رسوم|مقابل|تكلفه|فلوس|مصاري|دفع|ادفع|رسوم اضافيه|تكلفه اضافيه)(?: (?:اي )?(?:ال)?(?:فرق|اضافيه|اضافي|زياده))?|مدي الحياه|للابد|مدي العمر|bebalash|bbalash|balash|majanan|maganan|magany|majani)';

// The customer's own money, order or delivery, a few words on: a how-to about it is a service request, not a docs question.
const NOT_ORDER_MATTER =
  '(?![^.!?؟\\n]{0,40}?(?:فلوس|مصاري|المبلغ|مبلغ|استرد|استرجاع|ارجاع|طلبي|الطلب|طلبيه|اوردر|شحنه|الطرد|طرد|التوصيل|توصيل|البديل|استبدال|اتسحب|flous|floos|feloos|felous|order|refund|shohna|tawsil))';

export const LEXICON_AR: Lexicon = {
  name: 'ar',
  deleet: false,
  // Arabic letters, or Franco-Arabic: a Latin letter beside a digit that spells a letter (3=ع, 7=ح, 2=ء…), or one of
  // the Arabizi words English does not use, for sentences written without such digits.
  script:
    '[\\u0600-\\u06ff]|[a-z][235789]|[235789][a-z]|(?<![a-z])(?:ento|entu|enta|enti|inta|ezay|ezzay|izay|izzay|msh|mish|khalas|yalla|wallah|sherka|bgad|begad|keda|kida|mafeesh|mafish|zbala|zbale|aghbeya|flous|floos|kaif|kayf|shlon|ishlon|mandoob|katabt|momken|fahem|ghalat|ghalta|ghlatt|hayawanat)(?![a-z])',
  arabicAffixes: true,
  // "اذا ما / ان لم / لو ما / ما لم" open a condition, they do not negate what follows: "إذا ما رجعتوا المصاري رح نرفع دعوى";
  // "ولا والله" is "or else, by God": "رجعوا فلوسي ولا والله اسوي فيديو".
  negator:
    '(?<!(?:(?:اذا|لو|law|lw|iza|eza|ila|ida)(?: [\\p{L}\\p{N}]{1,12}){0,2}|ان|لين|لما|طالما|مادام|ما دام) )(?:ما(?! لم)|لم|لن|لا|ولا(?! (?:والله|وربي)(?![\\p{L}]))|وما|ولم|ولن|مش|ومش|مو|ومو|مب|موب|مهوش|ماهو|ليس|لست|بدون|مانيش|ماني|مافيش|مفيش|ماشي|مش ح|مش ه|mesh|msh|mish|mush|mosh|mch|machi|mashi|la2|lan|ma|la)',
  // After a negator these undo it: "لن أتردد في…", "لا تخلوني ألجأ للمحكمة", "مش هسكت", "لكن إن لم…".
  negationBreaker:
    'اتردد|تردد|اتهاون|تهاون|الا|الي ان|لحد ما|لو ما|تخلوني|تخليني|تجبروني|تجبرني|تضطروني|تضطرني|يضطرني|اضطر|هسكت|حسكت|اسكت|ساسكت|بسكت|هسيب|حسيب|اسيب|بسيب|اتنازل|هتنازل|ساتنازل|بتنازل|اترك حقي|اخلي حقي|اتراجع|انتظر|استني|اصبر|هستني|حستني|هنتظر|بنتظر|ننتظر|لكن|بس(?![\\p{L}])|بل(?![\\p{L}])|wala|walla|bas(?![a-z])|lakin|ela',
  entries: [
    // ── Legal threats: an intention to act, not the mere mention of a lawyer, a court or the law. ──
    // Sue: سأقاضيكم، هقاضيكم، رح قاضيكن، بقاضيكم، مقاضاتكم.
    { kind: 'legal_threat', pattern: '(?:ا|ن|ي|ه|ح|هن|حن|بن|رح ا?|راح ا?|غادي ن)قاضي|مقاضا(?:ه|ت)|مقاضاه|المقاضاه', negatable: true },
    // The rest said in court: الكلام هيبقى بيني وبينكم في المحكمة، بيننا المحكمة.
    { kind: 'legal_threat', pattern: '(?:بيني وبينكم|بيني وبينكن|بيني وبينك|بيننا|بينا)(?: (?:في|ف|هي|هو))? ?(?:ال)?(?:محكمه|محاكم|قضاء|نيابه)', negatable: true },
    // File a lawsuit: أرفع دعوى، هنرفع عليكم قضية، نقيم دعوى، دعوى قضائية.
    {
      kind: 'legal_threat',
      pattern:
        '(?:ه|ح)?(?:ا|ن|ي|ت|ب|بن)?(?:رفع|قيم|سجل|فتح)(?:لكم|لكن)?(?: (?:عليكم|عليكن|عليك|ضدكم|ضدك|ضد (?:ال)?شركتكم|علي (?:ال)?شركتكم))? (?:دعوي|الدعوي|دعاوي|دعوه قضاييه|قضيه|قضايا|شكوي قضاييه)|دعوي قضاييه|دعاوي قضاييه|قضيه (?:ضد|علي)(?:كم|كن|ك| شركتكم| الشركه)|قضيه قانونيه',
      negatable: true,
    },
    // A lawyer who will act: المحامي بتاعي هيكلمكم، محاميّ سيتواصل معكم، المحامي حقي بيتواصل، أخي محامي وهو رح يتواصل.
    {
      kind: 'legal_threat',
      pattern: `(?:ال)?محامي(?:ي|نا|ه|تي)?${GAP(30)} (?:سوف |رح |راح |غادي |حي|هي|بي)?(?:س|ه|ح|ب)?(?:يتواصل|يتصل|يكلم|يراسل|يكاتب|يخاطب|يتابع|يتولي|يرفع|يقاضي|يحكي|يتكلم|يبعت|يرسل|يكمل|يتعامل|يتحرك|يجيلكم)`,
      negatable: true,
    },
    // Verb first: فسيتولى محاميّ التواصل، هيكلمكم المحامي.
    {
      kind: 'legal_threat',
      pattern: '(?:سوف |رح |راح )?(?:س|ه|ح|ب)(?:يتولي|يتواصل|يتصل|يكلم|يراسل)(?:كم|كن|ك)?(?: (?:معكم|معاكم|معكن|بكم|بيكم|امركم|الامر|الموضوع))? (?:ال)?محامي',
      negatable: true,
    },
    // Hire a lawyer: سأوكّل محاميًا، هجيب محامي، رح كلّف محامي، بستعين بمحامي.
    {
      kind: 'legal_threat',
      pattern: `${ME}(?:وكل|جيب|كلف|عين|ستعين ب|تعاقد مع|لجا ل|لجا الي|رجع ل|روح ل|روح عند|توجه ل|توجه الي|ستشير|كلم|شوف|راجع|عطي الموضوع ل|سلم الموضوع ل|حول الموضوع ل)(?: ?لكم| ?ليكم| عليكم)? ?(?:ال)?محامي`,
      negatable: true,
    },
    // Hand it to a lawyer: سأحيل الموضوع إلى محاميّ، حولت الملف للمحامي، إنذار قانوني عن طريق محامٍ.
    {
      kind: 'legal_threat',
      pattern: `(?:ا|ن|ه|ح|ب|سا|سن|رح ا?|راح ا?)?(?:حيل|حول|حولت|سلم|سلمت|اعطي|عطيت|عطي|رفع|رفعت|حلت|احلت|ارسلت|بعت|بعتت)(?: (?:ال)?(?:موضوع|امر|قضيه|ملف|مراسلات|ايميلات|رسايل|فواتير|مستندات|اوراق))? (?:الي |ل|لل)(?:ال)? ?محامي|انذار(?:ا)? (?:قانوني|قانونيا|رسمي عن طريق|علي يد)|${GAP(20)}(?:عن طريق|من خلال|بواسطه) (?:ال)?محامي`,
      negatable: true,
    },
    // The matter will reach court: الموضوع ده هيوصل للقضاء، رح توصل عالمحكمة.
    {
      kind: 'legal_threat',
      pattern: '(?:سوف |رح |راح |غادي )?(?:س|ه|ح|ب)(?:ي|ت)(?:وصل|روح|نتهي)(?: (?:الموضوع|الامر|القصه|الحكايه))? (?:الي |لل|ل|عال|ع ?ال)(?:قضاء|محكمه|محاكم|نيابه)',
      negatable: true,
    },
    // Take it to court: أوصلها للمحكمة، هنتقابل في المحكمة، أقدّم الفواتير إلى المحكمة، ألجأ إلى القضاء.
    {
      kind: 'legal_threat',
      pattern: `(?:${ME}(?:وصل|خذ|اخذ|خد|جر|جرجر|ودي|سحب)(?:ها|ه|كم|كن|ك|و|هم)|(?:سا|سن|سوف ا|سوف ن|ه|ح|هن|حن|ها|حا|رح ا?|رح ن|راح ا?|راح ن|غادي ن|غادي |ا|ن)(?:وصل|خذ|اخذ|خد|روح|قدم|شتكي|رفع|لجا|توجه|حول|حيل|تقابل|شوف|لتقي|تلاقي|مشي)(?:ها|ه|كم|كن|ك|و|هم)?)${GAP(40)} (?:(?:الي|علي|في|ف|قدام|امام|عند|ل) )?(?:لل|ل|بال|فال|عال|ع ?ال|ال ?)?(?:محكمه|محاكم|قضاء|نيابه)`,
      negatable: true,
    },
    // Legal action: سأتخذ الإجراءات القانونية، هاخد إجراء قانوني، اللجوء للقانون، حقي بالقانون.
    {
      kind: 'legal_threat',
      pattern:
        '(?:ه|ح|سوف |رح |راح |غادي )?(?:ا|ن|ي|ت|ب)?(?:تخذ|خذ|خد|سلك|مشي|بدا|باشر|تخاذ|لجوء|لجا)(?: كل| كافه| جميع)? (?:ال)?(?:اجراءات|اجراء|طرق|طريق|خطوات|مسار|سبل|خطوه) (?:ال)?(?:قانونيه|قانوني|قضاييه|قضايي)|(?:ال)?(?:لجوء|الجا|نلجا|هلجا|حلجا|بلجا) (?:الي |لل|ل)(?:ال)?(?:قانون|قضاء)|حقي بالقانون|(?:اعمل|هعمل|حعمل|نعمل|هنعمل|بعمل)(?:لكم|لكن|لك)? محضر',
      negatable: true,
    },
    // A formal complaint to a regulator: شكوى رسمية لحماية المستهلك، أشتكيكم لوزارة التجارة، بلاغ للجهات المختصة.
    {
      kind: 'regulator_complaint',
      pattern: `(?:شكوي|شكاوي|شكوه|شكايه|بلاغ|تظلم|ا?شتكي|نشتكي|هشتكي|حشتكي|بشتكي|اشكي|نشكي|ابلغ|نبلغ|هبلغ|حبلغ|اتقدم|اقدم|نقدم|هقدم|بقدم|تقديم|اروح|نروح|هروح|اتوجه|نتوجه)(?:كم|كن|ك|عليكم|عنكم|بكم)?${GAP(40)} (?:(?:الي|ل|في|عند|لدي) )?(?:لل|ل|بال|ال|ب)?(?:حمايه (?:ال)?مستهلك|جهاز حمايه|هييه حمايه|وزاره (?:ال)?(?:تجاره|اقتصاد|تموين|صناعه)|(?:ال)?جهات (?:ال)?(?:مختصه|رسميه|معنيه)|مباحث (?:ال)?انترنت|(?:ال)?جرايم (?:ال)?(?:الكترونيه|معلوماتيه)|ديوان (?:ال)?مظالم|(?:ال)?بنك (?:ال)?مركزي)`,
      negatable: true,
    },
    // Franco-Arabic: ha2adeekom, harfa3 3aleko 2adeya, el mo7ami bta3i haykalemko, hashofkom fel ma7kama.
    {
      kind: 'legal_threat',
      pattern:
        '(?:ha|h|7a|ra7 ?a?|hn|7n|ghadi ?n|bn|ba|sa)(?:2|q)ad(?:ee|i|y)(?:kom|ko|kon|kum|ku|k)|(?:ha|h|7a|ra7 ?a?|ra7 e|n|hn|a|ghadi ?n|b)(?:rfa3|rf3|arfa3|erfa3)(?: (?:3aleko|3alekom|3likom|3aleikom|ded(?:kom)?))? (?:2adeya|2adeyya|2adiya|qadeya|qadiya|kadeya|da3wa|da3wah|mo7akma)|(?:el |l |al )?(?:mo7ami|m7ami|mo7amy|m7amy|mohami|mo7amee|avocat)(?: (?:bta3i|bta3y|beta3i|ta3i|ta3y|7a2i|7agi|dyali|diali))? (?:ha|h|7a|ra7 |ghadi |bi|b)?(?:y|i)(?:kalem|kallem|klm|twasal|etwasal|itwasal|tasel|etsel|3ayet|tabe3)[a-z]{0,4}|(?:ha|h|7a|ra7 ?a?|ghadi ?n|n|a)(?:wakel|wakkel|gib|geeb|jib|jeeb)(?: (?:l?ko|l?kom))? (?:mo7ami|m7ami|mo7amy|m7amy|avocat|lawyer)|(?:hashofkom|hanshofkom|hashoofkom|hnt2abel|hant2abel|hanet2abel|hn2abel|hawadeeha|hawadeko|ha5odko|nmchi|nemchi|hrou7|ra7 rou7)[^.!?\\n]{0,20}? (?:fel |fi |f |lel |l |le |3al |3ala )?(?:el ?)?(?:ma7kama|mahkama|ma7akem|tribunal|court)|(?:hashteki|hashtki|ha2dem shakwa|ha3mel shakwa|nchki|nechki|ghadi nchki)[^.!?\\n]{0,30}?(?:7emayet el mostahlek|7imayat al mustahlik|7emayet|consumer protection|wezaret el tegara|wizarat)',
      negatable: true,
    },

    // Franco-Arabic, more spellings: ha3mel 2adeyya, hagarrarkom fel ma7akem, el mo7ame taba3i ra7 ytwasal ma3kom.
    {
      kind: 'legal_threat',
      pattern:
        '(?:ha|h|7a|ra7 a?|b|ba|hn|7n)(?:3mel|3mil|3amel|a3mel|rfa3|arfa3|erfa3|2adem|a2adem)(?: [a-z0-9]{1,10})? (?:2adeya|2adeyya|2adiya|2adiyya|qadiya|qadeya|qadiyya|da3wa|da3wah)|(?:ha|h|7a|ra7 |hat|ba|b|hn|7n)[a-z0-9]{2,14}(?: [a-z0-9]{1,10})? (?:fel|fil|fi el|3al|3ala el|lel|lil|l) ?(?:ma7akem|ma7akim|ma7kama|ma7kame|ma7kamah|mahkama|court)|(?:el |l |al )?(?:mo7ami|mo7ame|mu7ami|mohami|mohame|m7ami|lawyer)(?: (?:taba3i|bta3i|beta3i|7a2i|ta3i|taba3na|bta3na|ta3na))?(?: [a-z0-9]{1,10})? (?:(?:ra7|ha|7a|h|b|bi|hay|7ay|sa) ?)?(?:ytwasal|yetwasal|yitwasal|ykalem|yekalem|ykallem|yetkalem|ytsel|yetasel|yettesel|yeraf3|yerfa3|y2adi|ye2adi)[a-z]{0,4}',
      negatable: true,
    },

    // You'll see me in court, before the judge: هتشوفوني في المحكمة، رح نتلاقى قدام القاضي.
    {
      kind: 'legal_threat',
      pattern: `(?:ه|ح|رح |راح |سوف |س)(?:ت|ن)?(?:شوف(?:وني|ونا|وا|و|كم)|لاقي?(?:وني|كم)?|(?:ت)?قابل(?:كم)?|تلاقي)${GAP(15)} (?:في|ف|بال|فال|قدام|امام|عند) ?(?:ال)?(?:محكمه|محاكم|قاضي|قضاء|نيابه)`,
      negatable: true,
    },
    // Before the judge, next to an ultimatum: … وإلا رح نشوف مين الحق معه قدام القاضي. ("قدام المحكمة" is also an address.)
    { kind: 'legal_threat', pattern: '(?:قدام|امام) (?:ال)?(?:قاضي|قضاء|نيابه)', negatable: true, context: ULTIMATUM },
    // A police report or a criminal complaint, to come: هعملكم محضر، أرفع عليكم جنحة، بلاغ في القسم (not one made).
    {
      kind: 'legal_threat',
      pattern: `(?:${FUT}|ا|ن)(?:عمل|حرر|فتح|رفع|قدم)(?:لكم|لكن|لك|كم|كن|ك)?(?: (?:عليكم|ضدكم|فيكم))? (?:محضر|جنحه|بلاغ (?:في |لل|ل)(?:ال)?(?:قسم|شرطه|نيابه|بوليس))|(?:ال)?مطالبه (?:ال)?قضاييه`,
      negatable: true,
    },
    // Franco-Arabic courts: nchekiw bikom f tribunal, nemchi lel ma7kma, w ba3dha el ma7kama.
    {
      kind: 'legal_threat',
      pattern:
        '(?:n|ne|na|ha|h|7a|ra7 ?n?|bech n|bch n|bash n|ghadi n)(?:chki|chekiw|chaki|chkiw|mchi|emchi|ro7|rfa3|9adem|qadem)[a-z]{0,3}(?: [a-z]{1,8}){0,3}? (?:f|fel|fi|lel|lil|l|3al|le|ll) ?(?:el |l )?(?:tribunal|ma7kma|ma7kama|m7kma|mahkama|mahkma|ma7akem)|(?:ba3dha|ba3den|ba3d) (?:el |l )?(?:ma7kama|ma7kma|mahkama|tribunal|m7kma)',
      negatable: true,
    },
    // Complaining to a court, in the dialects' futures: باش نشكي بيكم للمحكمة، غادي نمشي للمحكمة، هشتكيكم في المحكمة.
    {
      kind: 'legal_threat',
      // Going to court takes a future that is not the habitual ب: "بروح المحكمة كل يوم" is someone's workplace.
      pattern: `(?:${FUT}(?:شكي|شتكي)[\\p{L}]{0,4}|(?:غادي|باش|رح|راح|سوف) (?:ن|ا)?(?:مشي|روح|طلع))${GAP(30)} (?:لل|ل|في |فال|ب|الي )?(?:ال)?(?:محكمه|محاكم|قضاء|نيابه|tribunal)`,
      negatable: true,
    },

    // ── Payment disputes: a chargeback or a bank or card dispute, filed or threatened. ──
    { kind: 'chargeback', pattern: 'chargeback|charge back|تشارج ?باك|شارج ?باك|الشارج ?باك', negatable: true },
    // A dispute, an objection or a fraud report, next to a bank, a card or PayPal.
    {
      kind: 'chargeback',
      pattern:
        '(?:اعتراض|اعتراضي|اعتراضا|اعترض|اعترضت|نعترض|هعترض|حعترض|بعترض|نزاع|نزاعا|منازعه|ديسبيوت|dispute|e3tirad|e3terad|niza3|neza3)',
      negatable: true,
      context: BANK,
    },
    // Telling the bank to reverse it: أبلغت البنك واعترضت، هكلم البنك يرجعلي فلوسي، سأبلّغ البنك بأنها عملية احتيال.
    {
      kind: 'chargeback',
      pattern: `(?:ابلغ|بلغ|نبلغ|هبلغ|حبلغ|ابلغت|بلغت|اكلم|كلمت|هكلم|حكلم|بكلم|نكلم|اتصل|اتصلت|هتصل|اتواصل|تواصلت|ساتواصل|اشتكي|اشتكيت|اكتب|اروح|نروح|بنروح|رحت|هروح|بروح|امشي|نمشي|بنمشي|همشي|بمشي|رايح|رايحه|رايحين|غادي نمشي|مشيت|اطلب|نطلب|طلبت)(?: مع| علي| ب| ل| لل| عند| من)? ?(?:ال)?(?:بنك|بنكي|مصرف|بطاقه|فيزا|باي ?بال|paypal|amex|visa)${GAP(40)}(?:اعترض|اعتراض|نزاع|احتيال|نصب|يرجع|يرجعو|يرجعلي|يرجعوا|يسترجع|استرجاع|استرداد|استرد|يسترد|اوقف|ايقاف|يوقف|يلغي|الغاء|يجمد|يعكس|عكس|يسحب|يرد)[\\p{L}]{0,5}`,
      negatable: true,
    },
    // A case with PayPal or the card company: فتحت قضية في باي بال، سأطلب الاسترداد من شركة البطاقة.
    {
      kind: 'chargeback',
      pattern: `(?:فتحت|افتح|هفتح|حفتح|بفتح|نفتح|قدمت|اقدم|هقدم|رفعت|سجلت)(?: (?:ال)?(?:قضيه|كيس|case|claim|كليم|مطالبه|شكوي)) (?:(?:في|عند|لدي|مع|علي|ع) )?(?:ال)?(?:باي ?بال|paypal|بنك|مصرف|فيزا|visa|ماستر ?كارد|mastercard|شركه البطاقه)|(?:اطلب|نطلب|هطلب|بطلب|حطلب|طلبت)${GAP(30)} (?:من|عن طريق) (?:ال)?(?:بنك|بنكي|مصرف|شركه البطاقه|باي ?بال|paypal)|(?:قدمت|رفعت|فتحت|سجلت|عملت|سويت|قدمنا|رفعنا) (?:طلب|طلبا) (?:استرداد|استرجاع)${GAP(40)} (?:في|عند|لدي|مع|من|عن طريق|الي) (?:ال)?(?:بنك|بنكي|مصرف|فيزا|visa|باي ?بال|paypal|شركه البطاقه)`,
      negatable: true,
    },
    // The bank already reversed it: البنك رجعلي الفلوس، البنك قبل اعتراضي، أعاد البنك المبلغ.
    {
      kind: 'chargeback',
      pattern: `(?:ال)?(?:بنك|مصرف|باي ?بال|paypal)${GAP(30)}(?:قبل|وافق علي|رجعلي|رجع لي|رجعتلي|رجعلنا|اعاد|اعادلي|ردلي|رد لي|عكس|استرجع|استرد|استردلي|فتح|فتحلي|جمد)${GAP(20)}(?:اعتراض|نزاع|المبلغ|الفلوس|المصاري|العمليه|فلوسي|مصاريي|الدفعه|chargeback)[\\p{L}]{0,3}|(?:رجعلي|رجع لي|اعاد|اعادلي|استردلي|استرجعلي|ردلي|رد لي) (?:ال)?(?:بنك|مصرف|باي ?بال|paypal)`,
      negatable: true,
    },
    // Franco-Arabic: ha3mel dispute, 3malt chargeback, el bank raga3li el flous.
    {
      kind: 'chargeback',
      pattern:
        '(?:ha3mel|h3ml|ha3ml|a3mel|a3ml|3malt|3amalt|3melt|fata7t|fta7t|hafta7|ba3mel|sawait|sawet|basawi|hasawi|ra7 a3mel|ra7 sawi)(?: el)? (?:dispute|e3tirad|e3terad|niza3)|(?:el )?bank (?:raga3li|rage3li|rg3li|ragga3li|reg3li|2abal el e3tirad|reversed)|(?:hakalem|hkalem|hkalm|hablagh|ra7 kalem|ra7 a7ki ma3|kalemt|kallemt)(?: el| l| al)? ?bank[^.!?\\n]{0,40}?(?:yerga3|yrga3|yrg3|flousi|floosy|flosy|masari|reverse|dispute|yl8i|ylghi|y2af|ywa2af)[a-z]{0,4}',
      negatable: true,
    },

    // Franco-Arabic, the bank asked to cancel or reverse it: bakalem el bank yalghi el 3amaliya, el visa hatrag3li el flous.
    {
      kind: 'chargeback',
      pattern:
        '(?:el |l )?(?:bank|visa|card|paypal)(?: [a-z0-9]{1,10}){0,2}? (?:y|ye|yi|ha|hat|7at|7ay|hay|bi|bey|bet|t)?(?:alghi|elghi|lghi|ilghi|olghi|erga3|raga3|rajje3|rage3|erge3|a3kes|3kes|wa2af|w2af|o2af|sa7ab|s7ab|es7ab)',
      negatable: true,
    },

    // ── Review leverage: a bad review, a post or public shaming, threatened or traded. ──
    // Future + write/post + a review about you, or a bad one: رح اكتب عنكن review، هكتب ريفيو وحش، سأترك تقييمًا بنجمة.
    {
      kind: 'review_threat',
      pattern: `${FUT}(?:كتب|نشر|نزل|حط|عمل|سوي|رفع|شارك|ترك)${NOT_PRAISE}(?:لكم|لكن|لك|ها|ه)?(?: (?:عنكم|عليكم|عنكن|عليكن|فيكم|فيكن|عنك|عليك) (?:ال)?${REVIEW_NOUN}| (?:ال)?${REVIEW_NOUN}[\\p{L}]{0,3} (?:سيء|سيي|سييه|سلبي|سلبيه|وحش|واطي|زفت|بنجمه|نجمه|يخوف|فاضح|يفضح|صادم)| (?:ال)?${REVIEW_NOUN}${GAP(30)} (?:(?:علي|في|ع) )?(?:ال|بال|عال|فال|ع|ب|ف)?${PLATFORM})`,
      negatable: true,
    },
    // Future + write/post + a review, next to an ultimatum: وإلا سأكتب تقييمًا، فإن لم … فسأنشر منشورًا.
    {
      kind: 'review_threat',
      pattern: `${FUT}(?:كتب|نشر|نزل|حط|عمل|سوي|رفع|شارك|ترك)${NOT_PRAISE}(?:لكم|لكن|لك|ها|ه)?(?: (?:عنكم|عليكم|عنكن|عليكن|فيكم|فيكن|ليكم|لكم|لكن|عنك|عليك))? (?:ال)?${REVIEW_NOUN}${NOT_PRAISE}|${FUT}(?:كتب|حكي|نشر|تكلم)(?: (?:عنكم|عليكم|عنكن|عليكن))`,
      negatable: true,
      context: ULTIMATUM,
      unless: PRAISE,
    },
    // Everyone will know: الكل رح يعرف، كل الناس هتعرف.
    {
      kind: 'review_threat',
      pattern: '(?:الكل|الناس|العالم|كل الناس|الجميع|كل متابعيني|الدنيا كلها) (?:رح |راح |سوف |غادي )?(?:س|ه|ح|ب)?(?:ي|ت)?(?:عرف|شوف|سمع|درا|علم)',
      negatable: true,
    },
    // Future + post/expose + a platform: بنشر التجربة في تويتر، رح انشر على LinkedIn، سأنشر الصور في مجموعات الواتساب.
    {
      kind: 'review_threat',
      pattern: `${FUT}(?:نشر|كتب|فضح|شهر|شارك|غرد|بث|حكي)${NOT_PRAISE}(?:ها|ه|هم|كم|كن)?${GAP(40)} (?:(?:علي|في|ع) )?(?:ال|بال|عال|فال|ع|ب|ف)?${PLATFORM}`,
      negatable: true,
    },
    // A video, a story or a film of it, next to an ultimatum: يا تبعتولي … يا هعمل فيديو، قبل أن أصوّره.
    {
      kind: 'review_threat',
      pattern: `${FUT}(?:عمل|سوي|نزل|صور|نشر|حط)(?:لكم|لكن)? (?:ال)?${MEDIA_NOUN}|(?:ا|ن|ه|ح|ب)صور(?:ه|ها|هم|كم|كن)`,
      negatable: true,
      context: ULTIMATUM,
      unless: PRAISE,
    },
    // A one-star or bad review next to an ultimatum: هيفضل نجمة واحدة لحد ما ترجعولي الفلوس.
    {
      kind: 'review_threat',
      pattern: `(?:ب|ع)?نجمه (?:واحده|وحده)|صفر نجوم|one star|1 star|${REVIEW_NOUN}[\\p{L}]{0,3} (?:سيء|سيي|سييه|سلبي|سلبيه|وحش|واطي|زفت|يخوف|مخيف|بنجمه)`,
      negatable: true,
      context: ULTIMATUM,
    },
    // Telling friends, followers, everyone — next to an ultimatum: سأخبر كل أصدقائي، أخلي الكل يعرف، هقول للناس.
    {
      kind: 'review_threat',
      pattern: `${FUT}(?:قول|خبر|حكي|علم|عرف|بلغ|خلي|نبه|وصي|فرج)(?: فيه| فيها)? (?:(?:ل|لل|لكل|كل) ?)?(?:ال|لل)?(?:ناس|اصدقايي|اصحابي|صحابي|ربعي|معارفي|كل|الكل|عالم|جميع|زملايي|اهلي|قرايبي|متابعيني|متابعاتي|جمهوري|عيلتي|دنيا)`,
      negatable: true,
      context: ULTIMATUM,
      unless: PRAISE,
    },
    // Warning people off: أحذّر الناس منكم، هحذر كل اللي اعرفهم.
    {
      kind: 'review_threat',
      pattern: '(?:سا|ه|ح|ب|رح ا?|راح ا?|ا|ن)حذر(?: فيه| فيها)? (?:كل )?(?:ال)?(?:ناس|اصدقايي|اصحابي|الكل|الجميع|العالم|متابعيني|متابعاتي)(?: (?:منكم|منك|من شركتكم|من التعامل))',
      negatable: true,
    },
    // Exposure regretted in advance, before an audience: ما ودي أكتب تجربتي بتويتر بس إذا…، أتمنى ألا أضطر لكتابة تغريدات.
    {
      kind: 'review_threat',
      pattern: '(?:اتمني|ارجو|افضل|اتمنا|ما ودي|مو ودي|مب ودي|مش حابب|مش حابه|ما بدي|مش عايز|مش عايزه|ما ابغي|ما ابي|لا اريد|لا اود|لا ارغب)(?: (?:الا|ان لا|انه لا|ما|اني ما))? ?(?:ا|ن)(?:ضطر|كتب|نشر|خبر|فضح|شارك|نزل)',
      context: `${PLATFORM}|${REVIEW_NOUN}|${MEDIA_NOUN}|متابع|متابعين|متابعات|متابعاتي|متابعيني|جمهور|قروب|جروب|صفحتي`,
      negatable: false,
    },
    // Franco-Arabic posts: n7ot post f facebook, nkteb review 3al google.
    {
      kind: 'review_threat',
      pattern: `${FR_FUT}?(?:7ot|7at|7ott|ktb|kteb|ktab|nshr|nchr|nashr|3mel|3mal|dir|diir)(?: [a-z0-9]{1,10})? (?:post|poste|video|vid|story|review|commentaire|publication)(?: [a-z0-9]{1,10}){0,2} (?:f|fel|fl|fi|3la|3al|on|sur) (?:el |l )?(?:facebook|fb|face|insta|instagram|tiktok|twitter|snap|snapchat|youtube|google|groupe|group|page)`,
      context: `${ULTIMATUM}|ida|ila|ken`,
      negatable: true,
      unless: PRAISE,
    },
    // Public shaming: أفضحكم، فيديو يفضحكم، هعملكم فضيحة، التشهير بكم.
    {
      kind: 'review_threat',
      pattern:
        '(?:ا|ن|ي|ت|ه|ح|ب|هن|حن|بن|رح ا?|راح ا?|غادي ن)فضح(?:كم|كن|ك|هم|ها|ه)|فضيحتكم|(?:ا|ن|ه|ح|ب|هن|رح ا?|راح ا?)(?:عمل|سوي)(?:لكم|لكن|لك)? فضيحه|(?:ال)?تشهير (?:بكم|بيكم|بشركتكم)|(?:سا|ه|ح|رح ا?|راح ا?)شهر (?:بكم|بيكم|فيكم|بشركتكم)',
      negatable: true,
    },
    // Followers as leverage: عندي ٤٠ ألف متابع، لمتابعاتي، 20k followers — not beside a good review promised or a
    // partnership asked for: a creator offering a collaboration names a following too.
    {
      kind: 'review_threat',
      pattern:
        '(?:\\d{1,3}(?:[.,]\\d{1,3})?|عشرات|ميات|ميتي|ميت|الاف|الوف|ملايين|عشره|عشرين|ثلاثين|تلاتين|اربعين|خمسين|ستين|سبعين|ثمانين|تمانين|تسعين|ميه|ميتين|مليون)(?: ?(?:k|ك|الف|الاف|مليون))? (?:من )?(?:ال)?(?:متابع|متابعين|متابعه|متابعات|فولوور|فولور|فولورز|فولوورز|followers|follower|mtab3|motab3een|metabe3een)|(?:عدد كبير|عدد هايل|عدد ضخم|الاف|جمهور واسع|جمهور كبير)(?: جدا)? من (?:ال)?(?:متابع|متابعين|متابعات|فولورز|followers)|(?:لدي|عندي|عندنا|لدينا) جمهور (?:واسع|كبير|ضخم)|متابعيني|متابعاتي|فولورزي|جمهوري علي|my followers',
      negatable: true,
      unless: `${PRAISE}|${PARTNERSHIP}`,
    },
    // The next post is about you, next to an ultimatum: وإلا ستكون تدوينتي القادمة عنكم، البوست الجاي هيكون عنكم.
    {
      kind: 'review_threat',
      pattern:
        '(?:تدوينه|تدوينتي|بوست|بوستي|منشور|منشوري|فيديو|فيديوي|تغريده|تغريدتي|مقال|مقالي|حلقه|حلقتي|ستوري|ريل)(?: (?:ال)?(?:قادمه|قادم|جايه|جاي|تاليه|تالي|يايه|ياي))?(?: (?:رح |راح )?(?:تكون|يكون|هتكون|هيكون|حتكون|حيكون|ستكون|سيكون|بتكون|بيكون))? (?:عن|عنكم|عنكن|عليكم|حول|بخصوص)(?: (?:شركتكم|خدمتكم))?',
      negatable: true,
      context: ULTIMATUM,
      unless: PRAISE,
    },
    // A big channel or page, next to an ultimatum: عندي قناة يوتيوب كبيرة، صفحتي على الفيس مشهورة.
    {
      kind: 'review_threat',
      pattern: `(?:قناه|قناتي|صفحه|صفحتي|حساب|حسابي|جروب|مدونه|مدونتي)(?: (?:علي|ع|في))? ?(?:(?:ال)?${PLATFORM} )?(?:كبيره|كبير|مشهوره|مشهور|معروفه|معروف|ضخمه|ضخم)`,
      negatable: true,
      context: ULTIMATUM,
      unless: PRAISE,
    },
    // A review traded: أرفع التقييم إلى خمس نجوم إذا…، أحذف الريفيو لو…
    {
      kind: 'review_leverage',
      pattern: `(?:ا|ن|ب|ه|ح|سا|سن|رح ا?|راح ا?)?(?:رفع|شيل|مسح|حذف|عدل|غير|بدل|زيل|سحب|حدث|تعديل|تغيير|ازاله)(?: ال)? ?(?:ال)?(?:تقييم|تقيم|ريفيو|review|rating|مراجعه|بوست|منشور|تعليق|كومنت|نجمه|نجوم)`,
      negatable: true,
      context: `${IF}|${DEMAND}`,
    },
    // The review as "it", after it was named: بشيله وبكتب خمس نجوم، سأحذفه.
    {
      kind: 'review_leverage',
      pattern: '(?:ب|ه|ح|سا|سن|رح ا?|راح ا?)(?:شيل|مسح|حذف|عدل|غير|زيل|سحب)(?:ه|ها|و)',
      negatable: true,
      context: '(?:تقييم|تقيم|ريفيو|review|rating|مراجعه|بوست|منشور|نجمه|نجوم|نجمتين)',
    },
    // Franco-Arabic: ha3mel review w7sh, hakteb 3aleko post 3al facebook, hafda7kom.
    {
      kind: 'review_threat',
      pattern: `${FR_FUT}(?:3mel|3ml|a3mel|a3ml|ktb|kteb|aktob|ekteb|ktob|nshor|nsher|ensher|anshor|nazel|nzl|anzel|sawer|sawar|sawi|7ot)[a-z]{0,4}${NOT_PRAISE}(?: [a-z0-9]{1,12}){0,3}? (?:review|reviews|rating|post|bost|tweet|facebook|fb|insta|instagram|tiktok|twitter|youtube|google|trustpilot|linkedin|snapchat)|${FR_FUT}fda7(?:kom|ko|kon|k|hom)|(?:review|rating|ta2yeem|ta2yim)(?: [a-z0-9]{1,10})? (?:w7sh|we7sh|wi7ish|sayea|sayye2|salby|zeft)|(?:negma|najma|nejma) (?:wa7da|wa7ed|wahda)`,
      negatable: true,
    },

    // ── Belligerence: insults and abuse at staff, the company or the product; plain frustration is not. ──
    // Names for people: أغبياء، حمير، بهايم، نصابين، حرامية، حمقى، فاشلين… and their starred forms.
    {
      kind: 'insult',
      pattern: `(?:اغبياء|اغبيا|اغبيه|اغبي|غبيين|حمير|جحاش|بغال|تيوس|خنازير|قرود|بهايم|بهايم|نصابين|نصابه|حراميه|حراميين|حراميه|لصوص|حمقي|احمق|حمقاء|فاشلين|متخلفين|كذابين|جهلاء|سفله|حقيرين|اوباش|همج|رعاع|وسخين|معفنين|تافهين|اغبي|ولاد الكلب|ولاد الكلاب|ولاد الحرام|ابن الكلب|ابن الحرام|${masked('حمير')}|${masked('اغبياء')}|${masked('اغبيا')}|${masked('نصابين')}|${masked('حراميه')}|${masked('بهايم')}|${masked('زباله')})`,
      negatable: false,
    },
    // Addressed insults: يا حمار، انتو حيوانات، يا غبي، يا كلاب.
    {
      kind: 'insult',
      pattern: `(?:يا|انتو|انتم|انتوا|انتي|انت|انتن|انتون|نتوما|انتوما|نتما|نتا|نتي|انتا|كلكم|كلكن|شويه|مجموعه|شله|عصابه)(?: [\\p{L}]{1,10})? (?:حمار|حيوان|حيوانات|كلب|كلاب|بغل|بغال|تيس|تيوس|جحش|خنزير|خنازير|قرد|قرود|خروف|خرفان|بهايم|بهيمه|بهلول|بهلوله|مكلخ|مكلخين|غبي|غبيه|نصاب|حرامي|فاشل|زباله|تافه|متخلف|جاهل|حقير|واطي|وسخ|اهبل|عبيط|هبل|مغفل|مغفلين|${masked('حمار')}|${masked('كلب')})`,
      negatable: false,
    },
    // The company, the support or the product named with contempt: شركة فاشلة، دعم تافه، نظامكم زبالة، شغل زبالة.
    {
      kind: 'insult',
      pattern: `(?:ها|هال)?(?:ال)?(?:دعم|خدم(?:ه|ات|ت)|شرك(?:ه|ت)|موظف(?:ين|ه|ت)?|فريق|نظام|سيستم|تطبيق|برنامج|شغل|تعامل|ادار(?:ه|ت)|ناس|سبورت|support)(?:كم|كن|ك|هم|ينكم|ينكن)?(?: (?:ال)?(?:عملاء|زباين|عملا))? (?:ال)?(?:تافه|فاشل|زباله|خرا|خره|حقير|متخلف|غبي|سخيف|مقرف|حرامي|نصاب|وسخ|${masked('زباله')})`,
      negatable: false,
    },
    // A staff member or the company called a name a few words on: الموظف الذي تحدثت معه غبي، الشركة دي بجد نصابة.
    {
      kind: 'insult',
      pattern:
        '(?:ال)?(?:موظف|موظفه|موظفين|مندوب|دعم|شركه|سبورت|فريق|اداره|مدير|سواق|سايق|دليفري|كابتن|فني)(?: [\\p{L}]{1,10}){1,4}? (?:غبي|غبيه|اغبياء|حمار|حمير|حيوان|حيوانه|بغل|تيس|جحش|خنزير|قرد|نصاب|نصابه|نصابين|حرامي|حراميه|كذاب|كذابين|فاشل|فاشله|فاشلين|متخلف|جاهل|حقير|تافه|زباله)',
      negatable: false,
    },
    // Send me to someone who understands: حولوني على حد فاهم، وديني لحد بيفهم، بدي احكي مع حدا بيفهم.
    {
      kind: 'insult',
      pattern:
        '(?:حولوني|حولني|وديني|ودوني|اعطوني|اعطيني|جيبولي|جيبلي|خلوني اكلم|خليني اكلم|بدي احكي مع|عايز اكلم|عاوز اكلم|ابي اكلم|ابغي اكلم|اريد التحدث مع|اريد التحدث الي)(?: (?:علي|الي|مع|ع|ل))? ?(?:حد|حدا|احد|شخص|واحد|موظف|مسوول|مدير|انسان)(?: [\\p{L}]{1,8})? (?:فاهم|يفهم|بيفهم|بفهم|يعرف|بيعرف|بعرف|عارف|عنده مخ|عنده عقل|عندو عقل|يفقه)',
      negatable: false,
    },
    // Demeaning: someone who understands, knows how to read, has a brain; treating me like a child.
    {
      kind: 'insult',
      pattern: `(?:شخص|شخصا|حد|حدا|احد|واحد|موظف|انسان|بني ادم|بني ادمين|مدير)(?: [\\p{L}]{1,10}){0,3}? (?:(?:ي|بي|ب)(?:فهم|عرف|ملك|قدر)|فاهم|عارف|عنده|عندو|يكون عنده)(?: (?:في |ف|في|ب|بال))? ?(?:عمله|شغله|الشغل|شغلته|وظيفته|يقرا|كيف يقرا|يشتغل|يسوي شغله|عقل|عقلا|مخ|دماغ|يعمل شغله)|(?:كانني|كاني|كاننا|كانه|زي|مثل|وكانني) (?:طفل|عيل|ولد صغير|اطفال|غبي|حمار|اهبل|عبيط)|فاكرين(?:ي|ني)? (?:نفسكم|نفسكو|اني|انا)|(?:ما|مش|مو|ما حدا|محدش|ما في حدا|لا احد)(?: [\\p{L}]{1,10})? (?:ي|بي)?(?:فهمون|فهموا|فهم) (?:شي|شيء|حاجه|اشي|ابدا)|(?:مستوي|قمه|منتهي) (?:من )?(?:ال)?غباء|(?<!(?:كان|كانت|كانو|كانوا)(?: [\\p{L}]{1,6})? )قليل(?:ه|ين|ات)? (?:ال)?(?:ادب|حيا|ذوق|احترام)|متعجرف|وقح(?:ين)?`,
      negatable: false,
    },
    // Profanity and curses aimed at someone.
    {
      kind: 'abusive_profanity',
      pattern:
        'كس (?:ام|اخت)[\\p{L}]{0,4}|كسم(?:كم|ك)?|طيز|شرموط|عرص|معرص|منيك|منايك|متناك|تفو|تف (?:عليكم|عليك)|طز (?:فيكم|فيك|عليكم|في شركتكم)|(?:الله )?يلعن(?:كم|كن|ك|ها|هم)|يلعن (?:ابو|ام|دين|اهل|روح|ميتين)[\\p{L}]{0,6}(?! (?:ه ?ال|هاد ال|هاد|هذا ال|هذه ال|هذي ال|هاي ال|هاذ ال)(?!شرك|خدم|تطبيق|برنامج|موقع|متجر|محل|ناس|موظف|دعم|عياد|مطعم|فندق|مركز|معهد|مدرس|صالون|وكال|مكتب)[\\p{L}])|لعنه الله علي(?:كم|ك)|ملعونين|خرا (?:عليكم|عليك|فيكم)',
      negatable: false,
    },
    // No brains, a circus: انتو ناس ما عندكم مخ، هاد الصيدلية سيرك ماشي صيدلية.
    {
      kind: 'insult',
      pattern:
        '(?:ما عندكم|ماعندكم|معندكمش|ما عندكمش|ماعندكمش|ما عندكو|ما عندكن|مش عندكم|ما فيكم|مافيكم|ماكاينش عندكم)(?: (?:اي|حتي|ولا))? (?:مخ|مخاخ|عقل|دماغ|نخاع)|(?:ال)?(?:شركه|صيدليه|محل|متجر|تطبيق|مكتب|وكاله|خدمه|دعم)(?: [\\p{L}]{1,10}){0,2}? سيرك',
      negatable: false,
    },
    // Franco-Arabic insults.
    {
      kind: 'insult',
      pattern:
        '(?:nta|enta|inta|nti|enti|ntoma|ntouma|ntuma) (?:7mar|7mara|7mir|bhal|mkalkh|mkelkh|mkalkha)|mkalkhin|mkelkhin|mkalkhine|ya (?:7mar|7umar|7omar|hayawanat|hayawan|7ayawan|7ayawanet|7ayawanat|kalb|kelab|ghaby|8aby|3abeet|3abit|habla|7aramy|nasab|wes5|bahayem|7ameer)|7ameer|7amir|7ayawanat|7ayawanet|aghbeya|a8beya|a8bya|aghbya|ghaba2|(?:sherka|shereka|service|5edma|khedma|shoghl|khadame|el khadame)(?: [a-z0-9]{1,10})? (?:zbala|zbale|zebala|fashla|5ara|khara)|a8bia|aghbia|a8beya|aghbeya|nasabeen|nassabin|nasabin|7aramya|7aramiya|7aramyia|fashleen|fashlin|bahayem|mota5alefin|wes5in|kos omak|kosomak|ksomak|wlad el kalb|wlad el kelab|ibn el kalb',
      negatable: false,
    },

    // ── Willful ignorance: questions the docs answer, our doing their work, or a refusal to learn. ──
    // How do I…: كيف أغيّر، كيف بعمل، ازاي اعمل، شلون أسوي، كيفاش ندير، كيف يمكنني، وين ألاقي، أين الزر.
    {
      kind: 'docs_question',
      pattern:
        `(?:(?:وين|فين|اين) (?:ب|بن|ه|ح)?(?:لاقي|لقي|الاقي|القي|نلاقي|اجد) [\\p{L}]{2,12}|(?:كيف|كيفاش|كيفش|ازاي|شلون|اشلون|كيفيه|طريقه) (?:(?:ممكن|اقدر|بقدر|نقدر|يمكنني|يمكننا|يمكن|استطيع|نستطيع|فيني|فيي|فينا|اعرف) [\\p{L}]{2,12}|(?:ا|ن|ب|بن|ه)[\\p{L}]{2,12})|(?:وين|فين|اين)(?: (?:الاقي|القي|احصل|اجد|نلاقي|نلقي|يوجد|الاقيه|القاه))? (?:ال)?(?:زر|زرار|خيار|اعداد|اعدادات|اعدادت|صفحه|قايمه|رابط|ايقونه|اختيار)|خطوه ب?خطوه|الخطوات (?:واحده|بالتفصيل|خطوه|تاني|تانيه|ثاني|ثانيه|مره ثانيه|مره تانيه|من جديد)|(?:قول|قولو|قولوا|قلي|قولي|اشرح|اشرحو|اشرحوا|ابعت|ابعتو|ارسل|ارسلو|عطوني|اعطوني)(?:لي| لي| ليا| لنا)? (?:ال)?خطوات|(?:ما هي|ما|ايش|شو|ايه|شنو|شنهي|واش|وش) (?:ال)?(?:مستندات|اوراق|الاوراق|وثايق|ورق|الورق) (?:ال)?(?:مطلوبه|اللازمه|لازمه|المطلوبه)|(?:ezay|ezzay|izay|izzay|keef|kif|kaif|kayf|kifash|kifach|shlon|ishlon|eshlon)(?: (?:momken|a2dar|a2der|n2dar|bi2dar|b2dar))? (?:a|n|b|ba|ha|e|2a)[a-z0-9']{2,12})${NOT_ORDER_MATTER}`,
      negatable: false,
    },
    // Do it for me: حد فيكم يدخل ويعمل، اعملولي، غيّروه انتو، أن يقوم أحدكم بالتصدير، بعتلكم الباسورد.
    {
      kind: 'do_it_for_me',
      pattern:
        '(?:حد|حدا|احد|واحد)(?:كم|كن)?(?: (?:فيكم|منكم|فيكن|منكن|من عندكم|من الفريق|من الدعم))? (?:ي|بي)(?:دخل|عمل|سوي|ضبط|ظبط|عدل|غير|ركب|ربط|فعل|صدر|جهز|نفذ|خلص|حفظ)|يقوم احد(?:كم|كن) ب|(?:بال)?نيابه عني|بدلا عني|(?:ا|ت)?(?:عمل|سوي|ضبط|ظبط|ربط|ركب|جهز|صدر|غير|عدل|ضيف|حط|دخل|فعل|خلص)(?:و|وا|ون)(?:ها|ه|هن|هم)? ?(?:لي|ليا|ولي)|(?:ت|ي)?(?:عمل|سوي|ضبط|ظبط|ربط|ركب|جهز|صدر|غير|عدل|خلص)(?:و|وا|ون)?(?:ها|ه|هن|هم)? (?:عني|بدالي|بدلا عني|مكاني|بالنيابه عني|بنفسكم|من عندكم|انتو من عندكم)|(?:غير|عدل|سوي|اعمل|عمل|ظبط|ضبط|خلص)(?:وه|وها|وهم|وهن|وا|و) (?:انتو|انتم|انتوا)|(?:اعطيك|اعطيكم|ابعتلك|ابعتلكم|بعتلكم|بعتلك|ارسلت لكم|ارسل لكم|ارسلتلكم|بعطيك|بعطيكم|هبعتلك|هبعتلكم|حبعتلك|عطيتكم|اعطيتكم)(?: [\\p{L}]{1,8})? (?:ال)?(?:باسورد|باسوورد|كلمه السر|كلمه المرور|بيانات الدخول|اليوزر|يوزر|password|login)|(?:a3melhali|e3melhali|e3melholi|a3mlholi|3mlholi|e3mlholi|sawoha li|sawooha|sawiha li|e3melha enta|e3mlha enta|e3melha ento|e3meloha ento|e3meluha|3mloha)|(?:ba3tlko|ba3atlko|hab3atlko|ba3tlak) (?:el )?(?:password|pass|login)',
      negatable: false,
    },
    // Asking us to make it for them: بتقدروا تكتبولي الإيميل؟ ممكن تعملولي الإعداد؟ momken te3melooly el setup.
    {
      kind: 'do_it_for_me',
      pattern:
        '(?:ت|ي)?(?:كتب|عمل|سوي|ضبط|ظبط|جهز|صمم|برمج|ركب|ربط|عدل|نفذ|صدر|ستورد|ترجم|رتب|نسق|دخل|عب)(?:ولي|والي|ولنا|وا لي|وا لنا|ون لي|ونلي)|(?:te|t|ye|y)?(?:3mel|3mal|amel|amal|aamel|kteb|ktb|sawe|zabat|gahez|ghayar)(?:oo|o|u)(?:ly|li|lna)',
      negatable: false,
    },
    // Not my job: ماشي خدمتي، مش شغلي، هذا مو شغلي.
    { kind: 'self_help_refused', pattern: '(?:ماشي|مش|مو|موب|مب|ليس|ماهوش|مهوش|ماهو) (?:ال)?(?:خدمتي|شغلي|عملي|شغلتي|مهمتي|وظيفتي|اختصاصي)', negatable: false },
    // Refusing to learn: ما عندي وقت أقرا، مش فاضي أتفرج، ما أبي أقراه، مش هتعلم، مو مبرمج، هذا شغلكم، دافع لكم عشانه.
    {
      kind: 'self_help_refused',
      pattern:
        '(?:ما عندي|ماعندي|معنديش|ما عنديش|ماعنديش|ما الي|ما لي|مالي|ماليش|مليش|ليس لدي|لا املك|لم اجد|ما لقيت|مش لاقي|ما في عندي|مافي عندي|مش فاضي|مو فاضي|ماني فاضي|مش فاضيه|مب فاضي|مانيش فاضي)(?: (?:اي|ال))? ?(?:وقت|وقتا|خلق|نفس|مزاج|بال|طاقه)?(?: (?:عشان|علشان|حتي|كي|اني))? ?(?:ل|لل)?(?:اقرا|اقري|نقرا|نقري|قراءه|قرايه|اتفرج|نتفرج|نتعلم|اشوف|اتعلم|تعلم|اتابع|ادور|ابحث|مشاهده|اقعد اقرا)|(?:ما|مش|مو|لا|لن|مب|ماني|مانيش|ولا|وما|ومش)(?: (?:ابي|ابغي|اريد|بدي|عايز|عاوز|ارغب في|ارغب|ناوي|حابب))? ?(?:(?:ه|ح|رح |راح )?(?:ا|ن)|ه|ح)(?:قرا|تعلم|تفرج|درس)(?:ه|ها)?(?: [\\p{L}a-z]{1,12})?(?: (?:ال)?(?:دليل|كتيب|شرح|شروحات|مقالات|مقاله|توثيق|تعليمات|فيديوهات|documentation|docs|php))?|(?:لا|ما|مش|مو|بلاش|بدون|ولا)(?: (?:تحيلوني|تحولوني|ترسلون لي|ترسلوا لي|ترسلولي|ترسلوني|تبعتولي|تبعتوا لي|تبعتلي|تبعتوني|توجهوني|ترسلي|ترسل لي|تعطوني|اريد|ابي|ابغي|بدي|عايز|عاوز))(?: لي)? (?:(?:الي|علي) )?(?:ال|لل|ل)?(?:مقاله|مقالات|روابط|رابط|لينك|لينكات|شرح|شروحات|فيديوهات|دليل|توثيق|مركز المساعده|help center|documentation|docs|links)|(?:هذا|هاد|هادا|ده|دا|هذي|هيدا|هيدي|هاذا|هادي) (?:شغلكم|شغلك|شغلكن|شغلتكم|شغلتك|عملكم|عملك|وظيفتكم|وظيفتك|شغلكو|مهمتكم)|(?:دافع|دافعه|دافعين|ادفع|بدفع|بندفع|ندفع|دفعت|دفعنا)(?: (?:فلوس|مصاري|لكم|لكن|لك|ليكم|اشتراك))?(?: (?:لكم|لكن|ليكم))? (?:عشان|علشان|مشان|منشان|لاجل|كي|ل)(?:ه|ها| كده| هيك| هذا| هالشي| انتو| انتم| انتوا| انت)|(?:مش|مو|ما|لست|مب|ماني|مانيش|موب|مهوش|ما انا)(?: انا)? ?(?:مبرمج|مطور|تقني|فني|خبير(?:ا)? تقني(?:ا)?|خبيرا|developer|programmer|coder)|(?:ma 3andish|ma3ndesh|m3ndish|ma3andish|ma 3indi|ma3andi|mesh fady|msh fady|mish fadi|msh fadi|mesh fadi)(?: (?:wa2t|wa2ti|time))? (?:a2ra|at3alem|atfarag|ashoof|ashof)|(?:msh|mesh|mish|mosh|mush) (?:ha|h|7a|ra7 )?(?:a2ra|2ra|at3alem|t3alem|atfarag)|(?:msh|mesh|mish|mosh|mush|ana msh|ana mesh) (?:mobarmeg|mobarmej|programmer|developer|coder)|(?:da|de|hada|hatha|hayda) (?:sho8lko|sho8lkom|shoghlko|shoghlkom|shoghlakom|sho8lak|shoghlak)',
      negatable: false,
    },

    // ── Unreasonable demands: beyond what was promised or what policy allows. ──
    // A demand for something free, for life, or with no fee: أطلب شهرين مجانًا، بدي وحدة جديدة ببلاش، دون دفع أي فرق.
    { kind: 'beyond_policy', pattern: `${DEMAND}${GAP(60)} ${FREE}${NOT_QUESTION}`, negatable: true },
    // As others would: أمازون يرجعون، زي أمازون، شركات أخرى تفعل ذلك.
    {
      kind: 'beyond_policy',
      pattern: `(?:امازون|amazon|شركات (?:اخري|تانيه|ثانيه|غيركم)|باقي (?:الشركات|المتاجر)|كل (?:الشركات|المتاجر)|المتاجر (?:الاخري|التانيه)|غيركم)${GAP(30)}(?:ي|ب|بي|بت|ت)?(?:رجع|فعل|عمل|سوي|قبل|عطي|عطو|دي|رد|بدل)[\\p{L}]{0,4}|(?:زي|مثل|متل|كما في|كما تفعل) (?:امازون|amazon|نون|noon)|(?:zay|zai|mitl|methl) amazon`,
      negatable: true,
    },
    // No longer wanted: غيرت رأيي، لم أعد بحاجة إليها، ما صرت أستخدمها.
    {
      kind: 'beyond_policy',
      pattern:
        'غيرت (?:رايي|راي|فكري)|(?:لم|ما) (?:اعد|عدت|عاد|صرت) (?:بحاجه|احتاج|محتاج|استخدم|استعمل|يعجبني|عاجبني)|ما عاد (?:عاجبني|يعجبني|بدي|ابيها|ابيه)|مش محتاج(?:ه|ها)? (?:خلاص|اصلا)|ما عدت احتاج',
      negatable: false,
    },
    // Loyalty and VIP rewards, new-model swaps: هدية تقديرًا للولاء، بصفتي من أكبر عملائكم، الإصدار الجديد.
    {
      kind: 'beyond_policy',
      pattern:
        '(?:هديه|مكافاه|خصم|تقدير|تقديرا)(?: [\\p{L}]{1,10}){0,2} (?:لل|ل)?(?:ولاء|ولايي)|بصفتي (?:من )?(?:اكبر|اقدم|افضل|اهم) (?:عملايكم|عملايك|العملاء)|(?:عميل|زبون) (?:بمستواي|بحجمي|مثلي)|(?:الاصدار|الموديل|الجيل|النسخه) (?:ال)?(?:جديد|جديده|احدث|اللي نزل)',
      negatable: true,
      context: DEMAND,
    },
    // An exception asked or a window past: أطلب استثناءً، أعرف السياسة جيدًا، انتهت مدة الدعم.
    {
      kind: 'policy_exception',
      pattern:
        '(?:استثناء|استثناءا|استثناييه)|(?:اعرف|عارف|عارفه|ادري|داري|فاهم|فاهمه|بعرف|اعلم|مدرك|مدركه|عالم)(?: (?:ان|انو|انه|جيدا|كويس|منيح|تماما|زين))? (?:ال)?(?:سياسه|سياستكم|مده|مهله|شروط|قوانين)|(?:بعد|فات|فاتت|خلصت|انتهت|انتهي|تجاوزت|تعدت|عدت|برا|بره|خارج)(?: ال)? ?(?:ال)?(?:مده|مهله|فتره|ضمان)',
      negatable: false,
      context: DEMAND,
    },
    // Compensation out of proportion: تعويض عن وقتي، أطلب تعويضًا، هاد أقل شي، ده أقل حاجة.
    {
      kind: 'excessive_compensation',
      pattern: `${DEMAND}${GAP(40)} (?:ب|ك)?(?:ال)?(?:تعويض|تعويضا)${NOT_QUESTION}|(?:تعويض|تعويضا)(?: (?:كامل|مادي|عن|مقابل|علي))? (?:عن |مقابل |علي )?(?:ال)?(?:وقت|وقتي|تعب|ازعاج|ضرر|بهدله|غلبه|معاناه|اضرار|خساير|خساير|\\d{2,6})|(?:هذا|هاد|ده|دا|هذي|هيك|هو|وهذا) (?:اقل|ادني) (?:شي|شيء|حاجه|اشي|ما يمكن|واجب)|(?:akal|a2al|a2all) (?:7aga|shi|ishi)|ta3wid|ta3weed`,
      negatable: true,
    },
    // Paying for what came after: تدفعولي تمن العزومة كلها، تتحملوا تكلفة الأكل اللي طلبته.
    {
      kind: 'excessive_compensation',
      pattern:
        '(?:ت|ي)?(?:دفعولي|دفعوا لي|دفعون لي|تحملوا|تحملون)(?: [\\p{L}]{1,8})? (?:تمن|ثمن|سعر|تكلفه|تكاليف|فاتوره|حساب)',
      negatable: true,
    },
    // A refund after long use: استخدمته ثلاثة وعشرين شهرًا، استعملته لمدة سنة، est3maltaha 6 shohor.
    {
      kind: 'beyond_policy',
      pattern:
        '(?:استخدمت|استعملت|استخدمنا|استعملنا|لبست)(?:ه|ها|هم|و)? (?:[\\p{L}]{1,8} )?(?:لمده |مده |حوالي |اكثر من |فوق )?(?:\\d{1,3}|ثلاث|تلات|اربع|خمس|ست|سبع|ثمان|تمن|تسع|عشر|عشرين|ثلاثه|ثلاثين)(?: [\\p{L}]{1,8})? (?:شهر|شهور|اشهر|شهرا|سنه|سنين|سنوات|عام|اعوام)|(?:استخدمت|استعملت|استخدمنا|استعملنا|لبست)(?:ه|ها|هم|و)? (?:[\\p{L}]{1,8} )?(?:لمده|مده|طول|طوال) (?:ال)?(?:سنه|عام|سنتين|عامين|شهرين|صيف|شتا|شتاء)(?: كامله| كامل| كلها| كله)?|ba3d ma est3mal[a-z]{0,5}(?: [a-z]{1,6})? \\d{1,3} (?:shohor|shhor|shohoor|shahr|sneen|snin|sana|months|years)',
      negatable: false,
      context: '(?:استرداد|استرجاع|ارجاع|فلوسي|مصاريي|المبلغ|refund|flousi|floosi)',
    },
    // Costs that follow from a problem, and refunds multiplied: تدفعوا لي أجرة التاكسي، رجعوا لي ضعف المبلغ.
    {
      kind: 'excessive_compensation',
      pattern:
        '(?:ت|ي)?(?:دفع|عوض|تحمل)(?:و|وا)?(?: ?لي| ?لنا|ني|نا)? (?:ال)?(?:اجره|تكلفه|ثمن|تمن|حق|فلوس|مصاريف|مصروف) (?:ال)?(?:تاكسي|تكسي|اوبر|كريم|فندق|مواصلات|بنزين|اجازه|غياب|راتب|يوم شغل|يوم عمل)|(?:رجعو|رجعوا|ترجعو|ترجعوا|ارجعو|ارجعوا|عطو|عطوني|اعطوني|ادفعو|ادفعوا|تدفعو|تدفعوا|بدي|ابي|ابغي|ابغا|عايز|عاوز|اريد|نريد)(?: ?لي| ?لنا)? (?:ضعف|ضعفين|دبل|مرتين) (?:ال)?(?:مبلغ|فلوس|سعر|ثمن|تمن|قيمه)',
      negatable: true,
    },
    // More than was sold: a trial stretched by months, fees waived for a year, the old price kept.
    {
      kind: 'beyond_policy',
      pattern:
        '(?:ت|ي)?(?:مدد|زود|زيد)(?:و|وا)?(?: ?لي| ?لنا)? (?:ال)?(?:فتره|مده) (?:ال)?تجريبيه(?: [\\p{L}\\p{N}]{1,10}){0,2} (?:شهر|شهرين|اشهر|شهور|سنه)|(?:الغو|الغوا|شيلو|شيلوا|اعفوني|اعفونا)(?: عني| عنا)? (?:من )?(?:ال)?(?:رسوم|اشتراك|فواتير|مصاريف)(?: عني| عنا)? (?:لمده |مده |طول )?(?:سنه|سنتين|شهرين|سته اشهر|اشهر)|(?:ابي|ابغي|ابغا|بدي|عايز|عاوز|اريد|نريد|نبي|خلو|خلوا)(?: ?لي)? (?:ال)?سعر (?:ال)?قديم',
      negatable: true,
    },
    // The same as a competitor, by right: المنافس يعطي خصم فأبي نفس الشي.
    {
      kind: 'beyond_policy',
      pattern: '(?:ابي|ابغي|ابغا|بدي|عايز|عاوز|اريد|نريد|نبي|بدنا|عايزين)(?: منكم)? نفس (?:ال)?(?:شي|شيء|حاجه|عرض|خصم|سعر|تخفيض)',
      context: '(?:منافس|المنافس|منافسين|المنافسين|غيركم|شركات (?:اخري|تانيه|ثانيه)|متاجر (?:اخري|تانيه|ثانيه)|امازون|نون)',
      negatable: true,
    },
    // Consumed, then disliked: أكلت نص الكيكة وما عجبتني، خلصت الكورس كله وما استفدت.
    {
      kind: 'beyond_policy',
      pattern:
        '(?:اكلت|شربت|خلصت|استهلكت)(?: نص| نصف| اغلب| معظم| كل)? (?:ال)?(?:كيكه|كيك|اكل|طعام|وجبه|علبه|قزازه|زجاجه|كورس|دوره|كتاب|برنامج)(?: كله| كلها)?',
      context:
        '(?:ما عجبتني|ما عجبني|ما عجبنيش|ما عجبتنيش|مش عاجبني|مش عاجباني|لم يعجبني|لم تعجبني|ما حبيته|ما حبيتها|ما استفدت|ما استفدتش|ما فادني|ما فادتني|مش حلو|مش حلوه)',
      negatable: true,
    },
    // An ended offer applied anyway, a reward backdated: العرض خلص بس أبيكم تطبقون الخصم، ترجعوها على كل مشترياتي، بأثر رجعي.
    {
      kind: 'beyond_policy',
      pattern:
        '(?:ال)?(?:عرض|خصم|كود|كوبون|تخفيض|برومو|اوفر)(?: [\\p{L}]{1,10})? (?:خلص|انتهي|انتهت|خلصت|انقضي|فات)|باثر رجعي|(?:علي|ع|لكل) (?:كل )?مشترياتي',
      negatable: false,
      context: DEMAND,
    },
    // A refund while keeping the goods: أسترد المبلغ وأخليه عندي، ترجعولي فلوسي وأحتفظ بالمنتج.
    {
      kind: 'beyond_policy',
      pattern: '(?:اخلي|احتفظ|ابقي|خلي)(?:ه|ها|هم) (?:عندي|معي|معايا|معاي|بحوزتي|لنفسي)|احتفظ (?:ب|بال)(?:منتج|جهاز|طلب|قطعه|سلعه|بضاعه|اغراض|حاجه|ساعه|جوال|شنطه)',
      negatable: true,
      context: '(?:استرد|استرداد|استرجاع|ارجاع|فلوسي|مصاريي|المبلغ|refund)',
    },
    // Franco-Arabic: 3ayez … bebalash / majanan / free.
    { kind: 'beyond_policy', pattern: `(?:3ayez|3ayz|3awez|3ayza|bdi|badi|abi|abghi)${GAP(40)} (?:bebalash|bbalash|bi balash|balash|majanan|maganan|magany|majani|free)`, negatable: true },

    // ── Customer error: the customer caused it, or it is outside our control. ──
    // Their own mistake: الغلط مني، غلطتي، أنا من اختار خطأ، الخطأ من جهتنا.
    {
      kind: 'own_mistake',
      pattern:
        '(?:ال)?(?:غلط|خطا|غلطه) (?:مني|منا|من عندي|من عندنا|من جهتي|من جهتنا|من طرفي|من طرفنا)|غلطتي|خطيي|غلطه مني|(?:انا|احنا|نحن)(?: (?:اللي|الي|يلي|من|الذي))? (?:غلطت|غلطنا|اخطات|اخطانا|السبب|اختار|اخترت|طلبت|كتبت|دخلت|مسحت|حذفت)(?: [\\p{L}]{1,10}){0,3}? (?:غلط|خطا|خطاا|بالغلط|بالخطا)|انا (?:غلطت|السبب)|(?:اعترف|معترف|بعترف) (?:اني|انا|بالغلط|بالخطا)|(?:el )?(?:8alta|ghalta|8alat|ghalat) (?:mni|menni|meni|menny|mny)|(?:ana )?(?:8lett|8elett|ghlett|8alatt|ghlatt|8alatet|ghalatet|8latet|ghlatet|8lt)(?: (?:fel|fi|f|bel|b|fe))?',
      negatable: false,
    },
    // Done by mistake: مسحت المشروع بالغلط، أدخلت بريدًا خاطئًا، كتبت رقم الشقة خطأ، اخترت المقاس الغلط.
    {
      kind: 'own_mistake',
      pattern:
        '(?:مسحت|حذفت|طلبت|اشتريت|دفعت|اخترت|كتبت|دخلت|ادخلت|الغيت|لغيت|شلت|ضغطت|كبست|دست|اشتركت|جددت|رقيت|فعلت|حطيت|سجلت|اعطيت|عطيت|عملت|سويت)(?! ?(?:لكم|لكن|ليكم|لك|لهم|ل[\\p{L}]{2,10} (?:ان|انه|انو)))(?:ها|ه|هم|و)?(?: (?!و|منكم|منك|منهم|تصحيح|اصلاح|اعاده|حل|تعديل)[\\p{L}\\p{N}]{1,12}){0,3}? (?:بالغلط|بالخطا|غلط|غلطا|خطا|خطاا|خاطي|خاطيا|خاطيه|غلطان|الغلط|الخطا|عن طريق الخطا|من غير قصد|بدون قصد|عن غير قصد|سهوا)|(?:احد (?:ال)?زملاء|زميلي|زميلتي|ابني|بنتي|ولدي|زوجي|زوجتي|اخوي|اخويا|اخي|اختي|حد من عندنا|احد موظفينا|موظف عندنا)' +
        `${GAP(60)} (?:بالغلط|بالخطا|من غير قصد|بدون قصد|عن طريق الخطا)|(?:mas7t|masa7t|7azaft|7zaft|talabt|e5tart|ekhtart)[a-z ]{0,30}? b(?:el|il|al) ?(?:8alat|ghalat|ghalta|8alta|khata2|5ata2)`,
      negatable: false,
    },
    // Old or wrong address: عنواني القديم، الشقة القديمة، نسيت تحديث العنوان، انتقلت إلى شقة جديدة.
    {
      kind: 'wrong_address',
      pattern:
        '(?:عنوان|عنواني|بريد|بريدي|ايميل|ايميلي|رقم (?:ال)?(?:شقه|عماره|بيت|منزل|جوال|هاتف|موبايل|تلفون)|اسم (?:ال)?(?:شارع|حي)|شارع|حي|شقه|رمز بريدي|زيب كود|بيت)(?: [\\p{L}]{1,10})? (?:ال)?(?:قديم|قديمه|سابق|سابقه|غلط|خطا|خاطي|خاطيه|ناقص|غلطان)|نسيت (?:ا|اني )?(?:غير|حدث|عدل|بدل|تغيير|تحديث|تعديل|اغير|احدث|اعدل)[\\p{L}]{0,3} (?:ال)?(?:عنوان|عنواني|ايميل|بريد)|(?:انتقلت|نقلت|عزلت|رحلت|تنقلت|انتقالي|نقلي)(?: (?:من|الي|ل|علي|ع))? ?(?:ال)?(?:شقه|بيت|منزل|سكن|عنوان|مدينه|حي|دار|بلد|منطقه|محافظه)|بعد (?:انتقالي|نقلي|ما عزلت|ما نقلت|ما انتقلت)|غلطت (?:ب|في )?(?:ال)?(?:عنوان|ايميل|رقم)|(?:اللي|الي|الذي|يلي|التي) (?:كتبت|دخلت|حطيت|ادخلت|سجلت|اعطيت|اخترت)(?:ه|ها|و) (?:ناقص|ناقصه|غلط|خطا|خاطي|خاطيه|قديم|قديمه)|(?:el ?)?(?:3enwan|3nwan|address) (?:el ?)?(?:2adim|2dim|adim|old)',
      negatable: false,
    },
    // Shown as delivered but not found: التتبع يقول تم التسليم، التراكينج بيقول اتسلمت، تظهر الشحنة على أنها سُلّمت.
    {
      kind: 'delivered_not_received',
      pattern: `(?:تتبع|التتبع|تراكينج|التراكينج|tracking|التراكنج|حاله|حالتها|حالته|مكتوب|مكتوبه|يقول|بيقول|تقول|بتقول|يظهر|تظهر|ظاهر|ظاهره|بيظهر|بتظهر|مبين|مبينه|يبين|بيبين|موضح|السيستم|الموقع|التطبيق|شركه الشحن|المندوب)${GAP(40)}(?:تم (?:ال)?(?:تسليم|توصيل)|سلمت|اتسلمت|تسلمت|انسلمت|استلمت|delivered|ترك|تركت|انترك|اتساب|اتسابت|انحط|انحطت|اتحط|اتحطت|سلموها|سلمها|سلمه|عند الباب)|tracking (?:bey2ol|by2ol|bi2ool|ye2ol|says|byo2ol) (?:en|enaha|eno|ino)? ?(?:et?sallem|itsalimit|etsalemet|delivered|wesel|wesl)`,
      negatable: false,
    },
    // Auto-renewal and terms not read: يتجدد تلقائيًا، ما قريت الشروط، لم أنتبه، ما كنت أدري إن الاشتراك يتجدد، نسيت ألغي.
    {
      kind: 'terms_not_read',
      pattern: `(?:ال)?تجديد (?:ال)?(?:تلقايي|اوتوماتيك|اوتوماتيكي|الي)|(?:ي|ت|بي|بت|ب)?(?:تجدد|جدد|اتجدد|انجدد)(?: (?:ال)?(?:اشتراك|خطه|باقه))?(?: [\\p{L}]{2,8})? (?:تلقايي|تلقاييا|اوتوماتيك|اوتوماتيكيا|لوحده|لحاله|لحالو|بشكل تلقايي)|(?:ما|لم|مش|مو) ?(?:قريت|قرات|اقرا|اطلع علي|شفت|اشوف|ار|انتبهت ل)(?: (?:كل|كويس|منيح|زين))? ?(?:ال)?(?:شروط|احكام|بنود|تفاصيل|وصف|مواصفات|ملاحظه|سياسه|جدول المقاسات|دليل المقاسات|جدول|خط الصغير)|(?:لم|ما|مش|مو) ?(?:انتبه|انتبهت|انتبهتش|انتبهتلها|انتبهتله|ركزت)|(?:مخدتش|ما خدت|ما اخدت|ما اخذت) بالي|(?:ما كنت|ما كنتش|مكنتش|لم اكن) (?:ادري|اعرف|عارف|عارفه|اعلم|داري|دريان)${GAP(30)}(?:تجدد|يتجدد|التجديد|يجدد|سنوي|اشتراك|يخصم|تخصم|يسحب|تسحب|الشروط)|لم (?:اعلم|اعرف|ادري)${GAP(30)}(?:تجدد|يتجدد|التجديد|سنوي|يخصم|يسحب)|نسيت (?:ا|اني )?(?:لغي|الغي|الغاء|الغيه|اوقف|وقف|الغي الاشتراك)|(?:tagdeed|tajdeed) (?:tela2y|tilqa2i|otomatic)|(?:m5adtesh|ma5adtesh|makhadtesh|ma5adtsh) bali|ma ntabahtesh|ma ntabahtsh`,
      negatable: false,
    },

    // Forgot to cancel: نسيت نلغي التجربة، نسيت ألغي الاشتراك، نسيت أوقف التجديد.
    {
      kind: 'terms_not_read',
      pattern: '(?:نسيت|نسينا|تنسيت)(?: (?:ما|باش|ان|اني))? ?(?:ا|ن)?(?:لغي|الغي|الغاء|وقف|اوقف|بطل|سكر|فسخ|حبس)',
      negatable: false,
    },
    // Missed that it renews or ends: مقرأتش إنها بتتجدد، فاتني إن العرض بينتهي؛ measured badly: ما قستش مزيان.
    {
      kind: 'terms_not_read',
      pattern:
        '(?:مقرات|مقريت|ما قرات|ما قريت|لم اقرا|ما انتبهت|ما لاحظت|مخدتش بالي|ما خدتش بالي|ما شفت|فاتني|فاتتني|غاب عني|سهيت عن)(?:ش)?(?: [\\p{L}]{1,10}){0,2}? (?:ب|بي|بت|ت|ي|هت|حت)?(?:تجدد|يتجدد|تتجدد|اتجدد|تنتهي|ينتهي|انتهي)|(?:ما|مش|لم) ?(?:قست|قيست|اقيس|نقيس)(?:ش|هاش|وش)?|نسيت (?:ا|ن)قيس',
      negatable: false,
    },
    // Franco-Arabic, my own mistake: ana elly ghlatt, el ghalta menni.
    {
      kind: 'own_mistake',
      pattern:
        '(?:ana|ana elly|ana eli|ana illi|ana li) (?:ghlatt|ghlat|8lett|8latt|ghaltet|ghalatt|ghlett)|ana (?:el|l) ?(?:ghaltan|8altan|ghaltana|8altana)|(?:7ateit|7atet|7atit|dost|dast|katabt|ekhtart|e5tart|3amalt|da5alt|dakhalt)(?: [a-z0-9]{1,12}){0,3} (?:el |3al |3ala el )?(?:ghalat|8alat)|(?:el |l )?(?:ghalta|8alta|ghalteh|8alteh) (?:meni|menni|mini|minni|3alaya|3alayya)|ghalteti|8alteti',
      negatable: false,
    },
    // Not paying attention to the terms or the renewal: لم أكن منتبهًا للشروط، ما كنت واخد بالي من التجديد.
    {
      kind: 'terms_not_read',
      pattern:
        '(?:لم|ما|مش|مو|مكنتش|ماكنتش) ?(?:اكن|كنت)? ?(?:منتبه|منتبهه|منتبها|واخد بالي|واخده بالي|مركز|مركزه|داري|داريه|مدرك|مدركه|مدركا)(?: (?:ل|لل|الي|ب|علي|من))? ?(?:ال)?(?:شروط|تجديد|اشتراك|احكام|مده|بنود)',
      negatable: false,
    },
    // The tracking or the courier says it was handed over: يظهر في التتبع أن الطرد سُلّم، التتبع بيقول انو انسلم، el mandoob y2ool sallamha.
    {
      kind: 'delivered_not_received',
      pattern: `(?:ال)?(?:تتبع|تراكينج|تراكنج|مندوب|كورير)${GAP(40)} (?:سلم|انسلم|اتسلم|تسلم|مسلم|مستلم)|(?:el |l )?(?:mandoob|mandob|mandoub|courier|tracking)(?: [a-z0-9]{1,10}){0,4}? (?:sallam|sallem|itsallem|etsalem|etsallem|nsallam|delivered)[a-z]{0,3}`,
      negatable: false,
    },
    // Franco-Arabic, the address typed wrong: katabt el 3enwan 3'alat, 7atet address 2adim.
    {
      kind: 'wrong_address',
      pattern:
        "(?:katabt|ketbt|katabet|7atet|7att|da5alt|dakhalt)(?: el| al| l)? ?(?:3enwan|3enwaan|3nwan|3onwan|address|adress|rakam el sha2a|ra2am el sha2a|rakam el beit|ra2am el beit|el sha2a|el beit)(?: [a-z0-9']{1,10})? (?:3'alat|3'alt|ghalat|ghalt|8alat|8alt|ghlt|old|2adim|2adeem|adim|el 2adim|el adim)",
      negatable: false,
    },

    // ── Our mistake: the normal legitimate complaint. ──
    {
      kind: 'our_mistake',
      pattern:
        '(?:وصل|وصلني|جاني|جاء|جا|جه|وصلت|جتني)(?: ال)? ?(?:منتج|طلب|جهاز|غرض|شي)? ?(?:مكسور|مكسوره|تالف|تالفه|خربان|خربانه|معطوب|معطل|بايظ|بايظه|ضارب|ناقص|ناقصه)|(?:ارسلتم|بعتوا|بعتو|بعثتوا|ارسلتوا|شحنتوا|بعتولي|ارسلتولي)(?: لي)? ?(?:ال)?(?:مقاس|لون|منتج|طلب|غرض)? ?(?:غلط|خطا|الغلط|الخطا)|(?:خصم|سحب|خصمتوا|سحبتوا|انخصم|اتخصم|تم خصم)(?: مني)?(?: (?:ال)?(?:مبلغ|اشتراك))? (?:مرتين|مرتان|ضعف)|مكسور|تالف|معطوب|خربان|بايظ|لا يعمل|ما يشتغل|مش شغال|مش بيشتغل|ما بيشتغل|ما يفتح|مش بيفتح|عطل|خلل|مشكله تقنيه',
      negatable: true,
    },
  ],
};
