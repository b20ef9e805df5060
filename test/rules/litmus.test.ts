import { DEFAULT_SETTINGS, type Action, type Language } from '../../src/rules';
import { TEMPLATE_KEYS } from '../../src/rules/data/replies';
import { litmus, litmusEach } from '../../src/rules/litmus';
import { composeReply, type Slots } from '../../src/rules/replies';
import type { LitmusKind } from '../../src/rules/data/litmus';

const kinds = (text: string, language: Language, action: Action | null = 'resolve') => [...new Set(litmus(text, { action, language }).findings.map((f) => f.kind))];

describe('the litmus test fails a reply that would read badly if published', () => {
  it.each<[LitmusKind, string, Action]>([
    ['insult', 'Honestly, only an idiot would order the wrong size twice.', 'explain_policy'],
    ['insult', 'Grow up and stop sending us these messages.', 'warning_shot'],
    ['sarcasm', 'Wow, congratulations on finally reading the manual.', 'resolve'],
    ['sarcasm', 'Thanks for nothing, as usual. Good luck with that.', 'resolve'],
    ['passive_aggressive', 'As I already explained in my last email, the window has closed.', 'explain_policy'],
    ['passive_aggressive', 'Per my previous message, the refund left on Monday.', 'resolve'],
    ['passive_aggressive', 'With all due respect, this is the third time I have answered this.', 'explain_policy'],
    ['blame', 'You should have read the size guide before ordering.', 'explain_policy'],
    ['blame', "That's on you, since the address was yours to check.", 'explain_policy'],
    ['threat', 'If you keep this up we will report you to the police.', 'warning_shot'],
    ['threat', 'We will blacklist your account with every shop we know.', 'warning_shot'],
    ['shouting', 'We will NOT refund this order.', 'decline_politely'],
    ['shouting', 'Please read the guide!!!', 'explain_policy'],
    ['shouting', 'PLEASE NOTE THE RETURN WINDOW IS 30 DAYS.', 'explain_policy'],
    ['promise_beyond_policy', 'We cannot change the policy, but as an exception we will refund you in full.', 'decline_politely'],
    ['promise_beyond_policy', "We'll send you a free replacement and a 20% discount code.", 'explain_policy'],
    ['internal_leak', 'Because of your lifetime value you are a VIP customer with us.', 'vip_goodwill'],
    ['internal_leak', 'Our system classified you as belligerent and flagged the account.', 'warning_shot'],
    ['unfilled_slot', 'Hi {customerName}, your order [ORDER NUMBER] ships today.', 'resolve'],
    ['unfilled_slot', 'Your refund of undefined is on its way.', 'resolve'],
    ['threat', "We've also shared your number with the other delivery apps so they know what you're like.", 'terminate_with_refund'],
    ['insult', "Yelling at our agents like a toddler won't get the laptop repaired any faster.", 'warning_shot'],
    ['blame', "You were warned and chose to carry on, so you've only yourself to blame.", 'terminate_with_refund'],
    ['passive_aggressive', 'That is three reminders now, in case you lost count.', 'warning_shot'],
    ['passive_aggressive', 'This is the 5th time you ask about the same setting.', 'explain_policy'],
    ['blame', 'The login works again; the problem was on your side.', 'resolve'],
    ['threat', 'We have sent copies of your messages to your employer.', 'terminate_with_refund'],
    ['promise_beyond_policy', 'Close the dispute with your bank and we will refund you ourselves.', 'dispute_process'],
    ['promise_beyond_policy', 'I can give you a complimentary night on your next stay.', 'decline_politely'],
    ['internal_leak', 'Our records show you marked as a frequent complainer.', 'warning_shot'],
    ['sarcasm', 'Quite the creative vocabulary in your last message.', 'warning_shot'],
    ['insult', 'Our billing team is not as naive as you think.', 'dispute_process'],
  ])('finds %s in %j', (kind, text, action) => {
    expect(kinds(text, 'en', action)).toContain(kind);
  });

  it.each<[LitmusKind, string, Action]>([
    ['insult', 'يا غبي، الطلب واضح في الصفحة.', 'explain_policy'],
    ['sarcasm', 'يا سلام! برافو عليك، أخيراً قرأت الشروط.', 'resolve'],
    ['passive_aggressive', 'كما ذكرت لك سابقاً، لا يمكن إرجاع المنتج.', 'explain_policy'],
    ['passive_aggressive', 'للمرة الثالثة أقول لك إن الطلب خرج للتوصيل.', 'resolve'],
    ['blame', 'كان عليك أن تقرأ الشروط قبل الطلب، هذا خطؤك.', 'explain_policy'],
    ['threat', 'إذا استمريت سنبلغ الشرطة عنك.', 'warning_shot'],
    ['shouting', 'لن نرد المبلغ!!!', 'decline_politely'],
    ['promise_beyond_policy', 'سنمنحك خصم 20% بشكل استثنائي هذه المرة فقط.', 'decline_politely'],
    ['internal_leak', 'تم تصنيفك لدينا ضمن فئة VIP.', 'vip_goodwill'],
    ['unfilled_slot', 'مرحباً {customerName}، طلبك في الطريق.', 'resolve'],
    ['threat', 'لو عدتها بنرفع فيك قضية سب وقذف.', 'warning_shot'],
    ['blame', 'الغلط مو عندنا، ليش ما قريت الشروط؟', 'explain_policy'],
    ['passive_aggressive', 'زي ما حكينالك أكثر من مرة، الاعتراض عند البنك.', 'dispute_process'],
    ['promise_beyond_policy', 'ما نقدر نمد المدة، بس ضفتلك رصيد ١٠٠ جنيه.', 'decline_politely'],
    ['internal_leak', 'حسابك flagged as abusive عندنا.', 'walk_away'],
    ['threat', 'وعممنا رقمك على كل تطبيقات التوصيل حتى يعرفون نوعك.', 'terminate_with_refund'],
    ['insult', 'طفل عنده ٧ سنين يعرف يغيّر الباسورد من الشرح.', 'warning_shot'],
    ['passive_aggressive', 'نبهناك مرة ومرتين، والتعليمات موجودة في الصفحة.', 'warning_shot'],
    ['passive_aggressive', 'هذا خامس طلب عن نفس الموضوع، ياريت هالمرة تقرا الدليل.', 'explain_policy'],
    ['threat', 'إذا تكرر هذا سنقدم بلاغ للنيابة.', 'warning_shot'],
    ['threat', 'بنرسل رسايلك لجهة عملك.', 'terminate_with_refund'],
    ['promise_beyond_policy', 'الشروط واضحة، بس لخاطرك بمشيها لك هالمرة.', 'explain_policy'],
    ['internal_leak', 'السيستم عندنا حاطط حسابك تحت المراجعة.', 'explain_policy'],
    ['internal_leak', 'حسب الملاحظة الداخلية أنت من العملاء قليلي القيمة.', 'walk_away'],
    ['internal_leak', 'حضرتك عميل low value عندنا، فما نقدر نعوضك.', 'decline_politely'],
    ['insult', 'هذي معلومة يعرفها أي واحد.', 'explain_policy'],
    ['sarcasm', 'رسالتك كلها أدب كالعادة.', 'warning_shot'],
  ])('finds %s in the Arabic %j', (kind, text, action) => {
    expect(kinds(text, 'ar', action)).toContain(kind);
  });

  it('finds a reply far longer than its action needs', () => {
    const rambling = Array.from({ length: 40 }, () => 'We have looked at every part of this order again today.').join(' ');
    expect(kinds(rambling, 'en', 'resolve')).toEqual(['too_long']);
  });

  it('reports each finding with its words, their place in the text and a suggestion', () => {
    const text = 'Hi Dana, as I already explained, the window has closed.';
    const [finding] = litmus(text, { action: 'explain_policy', language: 'en' }).findings;
    expect(finding).toMatchObject({ kind: 'passive_aggressive', evidence: 'as I already explained' });
    expect(text.slice(finding!.start, finding!.end)).toBe('as I already explained');
    expect(finding!.suggestion).toMatch(/without pointing out/);
  });

  it('counts a tag name of the settings as an internal word', () => {
    const settings = { tags: { ...DEFAULT_SETTINGS.tags, warning: 'strike_one' } };
    expect(litmus('Your ticket now has strike_one on it.', { action: 'warning_shot', language: 'en', settings }).findings.map((f) => f.kind)).toEqual(['internal_leak']);
  });
});

describe('hard negatives: a courteous reply passes, however close its words come', () => {
  it.each<[string, Action]>([
    ['I can clearly see the double charge on our side, and I have reversed it.', 'resolve'],
    ['Just to confirm your address before we send the replacement: is it still 12 Hill Road?', 'resolve'],
    ['I understand this is frustrating, and I am sorry it happened.', 'explain_policy'],
    ['This is not your fault at all; the label was printed wrongly.', 'resolve'],
    ['We are not able to offer a refund for this, but we can help you with the next steps.', 'decline_politely'],
    ['If this continues, we will close the account and refund your purchase.', 'warning_shot'],
    ['Please send the PDF invoice with your VAT number through the FAQ page. Thanks!', 'resolve'],
    ['We will not be contacting anyone else about this; it stays between us.', 'warning_shot'],
    ['We have decided to end our relationship. We have issued a full refund and wish you all the best.', 'terminate_with_refund'],
    ['Once your parcel arrives, please check the contents.', 'resolve'],
    ['Apparently the courier left it at the wrong door; we are sorry and have sent another.', 'resolve'],
    ['See the return steps at [our help page](https://example.com/returns).', 'explain_policy'],
    ['Hi Xavier, thank you for your message.', 'resolve'],
    ['Hi Ivan, I understand the discount code expired the day before your order. We cannot apply it retroactively.', 'decline_politely'],
    ['Returns are free of charge within 30 days; the label is in the box.', 'explain_policy'],
    ['You should have received an email with the tracking link this morning.', 'resolve'],
    ["After our message on 10 April you wrote that you'd keep posting. As we said then, we can't link reviews to refunds, so we're ending the account.", 'terminate_with_refund'],
    ['Your bank has flagged the payment as unusual; please approve it in your banking app.', 'explain_policy'],
    ['Please send a copy of the receipt to your employer for reimbursement.', 'resolve'],
    ['The courier said the problem was on their side, and a new parcel is on its way.', 'resolve'],
    ['Free cancellation is available up to 48 hours before check-in.', 'explain_policy'],
  ])('passes %j', (text, action) => {
    expect(litmus(text, { action, language: 'en' })).toEqual({ pass: true, findings: [] });
  });

  it.each<[string, Action]>([
    ['نعتذر عن الخطأ من جانبنا، وقد رددنا المبلغ المكرر إلى بطاقتك.', 'resolve'],
    ['للتأكد فقط: هل العنوان ما زال حي النرجس، شارع ١٢؟', 'resolve'],
    ['ليس خطأك أبداً، فقد طُبع الملصق بشكل خاطئ.', 'resolve'],
    ['لا يمكننا إصدار استرداد لهذا الطلب، لكن يسعدنا مساعدتك في الخطوات التالية.', 'decline_politely'],
    ['وإذا تكرر ذلك فسنغلق حسابك ونرد إليك قيمة مشترياتك.', 'warning_shot'],
    ['نتفهم انزعاجك، ونشكرك على صبرك.', 'explain_policy'],
    ['شكراً لتواصلك! يسعدنا خدمتك.', 'resolve'],
    ['تحويل الرصيد بقيمة ٥٠٠٠ ليرة انبعت عالرقم المكتوب وقت التحويل، وما منقدر نرجّعه.', 'explain_policy'],
    ['ذكرت أنك ستقدم شكوى في هيئة الاتصالات (CITRA)، لذلك رددنا المبلغ وأغلقنا الخط.', 'terminate_legal'],
    ['أتفهم أن كود الخصم انتهى قبل طلبك بيوم، ولا يمكننا تطبيقه بأثر رجعي.', 'decline_politely'],
    ['ما نقدر نعطيك الجهاز مجاناً قبل ١٨ شهر، وبنرسل لك رسالة أول ما تصير مستحق.', 'decline_politely'],
    ['صار خطأ بالنظام عندنا وصلّحناه، ورجّعنا الفرق على فاتورتك.', 'resolve'],
    ['كما ورد في رسالتنا المؤرخة ١٢ أيار، لا نغيّر قراراتنا تحت التهديد، لذلك أنهينا التعامل.', 'terminate_with_refund'],
    ['تم نقل مقاعدك إلى منطقة VIP كما طلبت.', 'resolve'],
    ['طلبت في رسالتك جلسة مجانية، ولا نستطيع تقديمها مقابل تقييم.', 'decline_politely'],
    ['أرسل الفاتورة إلى جهة العمل إذا احتجت استرداد المبلغ منها.', 'resolve'],
    ['الشحنات high value تحتاج توقيعك عند الاستلام، والمندوب يتصل قبل الوصول.', 'resolve'],
  ])('passes the Arabic %j', (text, action) => {
    expect(litmus(text, { action, language: 'ar' })).toEqual({ pass: true, findings: [] });
  });

  it('lets a refund be offered where the action offers one', () => {
    expect(kinds('We will issue a full refund today.', 'en', 'resolve')).toEqual([]);
    expect(kinds('We will issue a full refund today.', 'en', 'decline_politely')).toEqual(['promise_beyond_policy']);
  });
});

describe('every reply template passes the litmus test', () => {
  const full: Slots = { customerName: 'Dana', agentName: 'Sam', companyName: 'Acme', docsUrl: 'https://acme.example/help', closureDate: '1 December 2026', counselEmail: 'legal@acme.example', exportDays: '30' };
  const cases = (['en', 'ar'] as const).flatMap((language) =>
    TEMPLATE_KEYS.flatMap((key) =>
      [full, {}].flatMap((slots) => [true, false].map((service) => ({ language, key, slots, service }))),
    ),
  );

  it.each(cases)('$language $key (service $service) with slots %#', ({ language, key, slots, service }) => {
    const [action, variant] = key.split('.') as [Action, string | undefined];
    const text = composeReply({ action, variant: (variant ?? null) as never }, language, slots, service);
    expect(litmus(text, { action, language, settings: DEFAULT_SETTINGS }).findings).toEqual([]);
  });
});

describe('a batch of replies is checked as each alone', () => {
  it('finds in each reply of a mixed batch what checking it alone finds, in order', () => {
    const requests = [
      { text: 'As I already explained, you should have read the guide.', options: { action: 'explain_policy' as const, language: 'en' as const } },
      { text: 'كما وضحت لك سابقا، كان عليك قراءة الشروط.', options: { action: 'explain_policy' as const, language: 'ar' as const } },
      { text: 'Hi Sam, your refund is on its way.', options: { action: 'resolve' as const, language: 'en' as const, settings: DEFAULT_SETTINGS } },
      { text: 'We flagged you as fairline_warning, {customerName}.', options: { action: 'warning_shot' as const, language: 'en' as const, settings: DEFAULT_SETTINGS } },
    ];
    const each = litmusEach(requests);
    expect(each.map((r) => [...new Set(r.findings.map((f) => f.kind))])).toEqual([['passive_aggressive', 'blame'], expect.arrayContaining(['passive_aggressive']), [], ['internal_leak', 'unfilled_slot']]);
    expect(each).toEqual(requests.map(({ text, options }) => litmus(text, options)));
    // The same reply twice in a batch, and in a different order, is found the same each time.
    expect(litmusEach([requests[3]!, requests[0]!, requests[3]!])).toEqual([each[3], each[0], each[3]]);
  });

  it('checks an empty batch as nothing', () => {
    expect(litmusEach([])).toEqual([]);
  });
});
