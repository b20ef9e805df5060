import type { DemoTicket } from './types';
import { VALUE_SOURCE_SETTINGS } from './values';

const c = (body: string, daysAgo = 0): DemoTicket['comments'][number] => ({ from: 'customer', body, daysAgo });
const a = (body: string, daysAgo = 0, internal = false): DemoTicket['comments'][number] => ({ from: 'agent', body, daysAgo, internal });
const earlier = (id: number, requesterId: number, subject: string, daysAgo: number, tags: string[] = [], status: DemoTicket['status'] = 'solved'): DemoTicket => ({
  id, requesterId, subject, status, tags, daysAgo, comments: [c(subject, daysAgo)],
});

/** The open tickets the workspace lists, one per behaviour, tier and ladder step, in English and Arabic. */
export const OPEN_TICKETS: DemoTicket[] = [
  { id: 5001, requesterId: 101, subject: 'Laptop dead on arrival', status: 'open', tags: ['returns'], daysAgo: 0, comments: [
    c('The laptop I received last week will not power on with any charger. I asked for a refund and was told to send it to the manufacturer.', 2),
    a('Hi Marcus, sorry about this. Could you try holding the power button for 30 seconds with the charger connected?', 1),
    c('Tried it. Nothing. If I do not see a refund confirmation by Friday, my attorney will be in touch with you directly.', 0),
  ] },
  { id: 5002, requesterId: 102, subject: 'Parcel stuck in transit', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c("Tracking hasn't moved in 10 days. I already opened a dispute with my bank, but if you reship today I'll cancel it."),
  ] },
  { id: 5003, requesterId: 103, subject: 'Order two days late', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c('My order is two days late. Give me a 50% refund or I will leave a one-star review on every site I can find.'),
  ] },
  { id: 5004, requesterId: 104, subject: 'Still broken', status: 'open', tags: ['support'], daysAgo: 0, comments: [
    c("Are you people brain dead? Third time I've explained this. Get me someone who actually knows what they're doing."),
  ] },
  { id: 5005, requesterId: 105, subject: 'Exporting contacts', status: 'open', tags: ['how_to'], daysAgo: 0, comments: [
    c("How do I export my contacts to a spreadsheet? And where do I change the logo on my invoices? I'm not a tech person, can you just do it for me?"),
  ] },
  { id: 5006, requesterId: 106, subject: 'Return of boots', status: 'open', tags: ['returns'], daysAgo: 0, comments: [
    c("I bought these boots four months ago and wore them a few times, but I just don't like them anymore. I know it's past your window, but Amazon would take them back."),
  ] },
  { id: 5007, requesterId: 107, subject: 'Parcel went to my old flat', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c('Ugh, I just realised I typed my old address at checkout and the parcel went there. Is there anything you can do?'),
  ] },
  { id: 5008, requesterId: 108, subject: 'Delivered but not here', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c('Tracking says it was delivered yesterday but I never received it. Nothing on the porch or with the neighbours.'),
  ] },
  { id: 5009, requesterId: 109, subject: 'Charged twice', status: 'open', tags: ['billing'], daysAgo: 0, comments: [
    c('Hi, I was charged twice for order 5531. Could you refund the duplicate? Thanks!'),
  ] },
  { id: 5010, requesterId: 110, subject: 'Getting my files', status: 'open', tags: ['account'], daysAgo: 0, comments: [
    c('My account was closed. How do I get my files back?'),
  ] },
  { id: 5011, requesterId: 111, subject: 'Change of card', status: 'new', tags: ['billing'], daysAgo: 0, comments: [
    c('Hello, please update the card on my subscription to the one ending in 4417. Thank you!'),
  ] },
  { id: 5012, requesterId: 112, subject: 'استرجاع المبلغ', status: 'open', tags: ['returns'], daysAgo: 0, comments: [
    c('طلبت إرجاع المبلغ من أسبوعين ولم يصلني شيء. إذا لم يرجع المبلغ خلال يومين سأرفع دعوى قضائية ضدكم.'),
  ] },
  { id: 5013, requesterId: 113, subject: 'الطلب متأخر', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c('انتو فعلاً أغبياء، كل مرة نفس المشكلة وما حد فاهم شي.'),
  ] },
  { id: 5014, requesterId: 114, subject: 'العنوان القديم', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c('السلام عليكم، كتبت العنوان القديم بالغلط والطلب راح هناك. هل في حل؟'),
  ] },
  { id: 5015, requesterId: 115, subject: 'المنتج وصل مكسور', status: 'new', tags: ['returns'], daysAgo: 0, comments: [
    c('مرحباً، الكوب وصلني مكسور. ممكن ترسلوا بديل؟ شكراً'),
  ] },
  { id: 5016, requesterId: 116, subject: 'تأخير الشحنة', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c('إذا ما وصلني الطلب بكرة راح أكتب تقييم سيء في كل مكان وأفضحكم على تويتر.'),
  ] },
  { id: 5017, requesterId: 117, subject: 'الطلب ما وصل', status: 'open', tags: ['shipping'], daysAgo: 0, comments: [
    c('فتحت اعتراض على العملية عند البنك لأن الطلب ما وصل. إذا أرسلتوه اليوم بلغي الاعتراض.'),
  ] },
  { id: 5018, requesterId: 118, subject: 'إضافة مستخدم', status: 'open', tags: ['how_to'], daysAgo: 0, comments: [
    c('إزاي أضيف مستخدم جديد للحساب؟ وفين ألاقي إعدادات الفواتير؟ أنا مش فاضي أقرا الشروحات، اعملوها انتو.'),
  ] },
  { id: 5019, requesterId: 119, subject: 'إرجاع الساعة', status: 'open', tags: ['returns'], daysAgo: 0, comments: [
    c('اشتريت الساعة من خمس شهور وما عادت عاجبتني. بدي ترجعولي المصاري كاملة، أمازون بيرجعوا أي شي.'),
  ] },
  { id: 5020, requesterId: 120, subject: 'Refund still missing', status: 'open', tags: ['returns'], daysAgo: 0, comments: [
    c('Still waiting on the refund. Sort it out today or the one-star reviews go up on Google and Trustpilot.'),
  ] },
  // The value of these requesters comes from Stripe, Shopify and the shop's endpoint (demo/values.ts).
  { id: 5021, requesterId: 121, subject: 'Broken zip on my jacket', status: 'open', tags: ['returns'], daysAgo: 0, settings: VALUE_SOURCE_SETTINGS, comments: [
    c('The zip on the jacket I got last week broke the first time I used it. Could you send a replacement?'),
  ] },
  { id: 5022, requesterId: 122, subject: 'Scarf missing from my order', status: 'open', tags: ['shipping'], daysAgo: 0, settings: VALUE_SOURCE_SETTINGS, comments: [
    c('My order arrived without the blue scarf. Could you check what happened to it?'),
  ] },
  { id: 5023, requesterId: 123, subject: 'Change of delivery date', status: 'open', tags: ['shipping'], daysAgo: 0, settings: VALUE_SOURCE_SETTINGS, comments: [
    c('Hi, could my order be delivered next Tuesday instead? I am away until then.'),
  ] },
  { id: 5024, requesterId: 124, subject: 'Return label', status: 'open', tags: ['returns'], daysAgo: 0, settings: VALUE_SOURCE_SETTINGS, comments: [
    c('Hello, could you send me a return label for the boots? They are too small.'),
  ] },
];

/** Earlier tickets of the same requesters: the history the app reads through the API. */
export const EARLIER_TICKETS: DemoTicket[] = [
  earlier(4001, 101, 'Laptop will not turn on', 6),
  earlier(4002, 103, 'Where is my order?', 40),
  earlier(4003, 103, 'Change of delivery address', 120),
  earlier(4004, 104, 'Login problem', 30, ['fairline_warning', 'fairline_belligerent']),
  earlier(4005, 104, 'Password reset', 90),
  ...[1, 3, 5, 8, 11].map((days, i) => earlier(4010 + i, 105, ['How do I add a user?', 'Where is the invoice setting?', 'How do I change my password?', 'How do I print a report?', 'Where do I find my receipts?'][i] ?? 'Question', days)),
  earlier(4020, 107, 'Gift wrapping for an order', 60),
  earlier(4021, 107, 'Bulk order for the office', 200),
  earlier(4030, 109, 'Size exchange', 150),
  earlier(4040, 110, 'Account closed', 20, ['fairline_terminated', 'fairline_belligerent'], 'closed'),
  earlier(4041, 110, 'You are useless', 35, ['fairline_warning', 'fairline_belligerent'], 'closed'),
  earlier(4050, 112, 'طلب إرجاع', 14),
  earlier(4060, 114, 'استفسار عن المقاسات', 45),
  earlier(4061, 114, 'طلب جملة', 160),
  earlier(4070, 116, 'متى يصل الطلب؟', 3),
  earlier(4080, 102, 'Discount code not applied', 75),
  earlier(4081, 106, 'Size guide for boots', 130),
  earlier(4082, 106, 'Exchange for a larger size', 210),
  earlier(4083, 108, 'Delivery instructions', 95),
  earlier(4084, 111, 'Invoice address', 55),
  earlier(4085, 113, 'تأخير التوصيل', 25),
  earlier(4086, 113, 'تغيير رقم الجوال', 100),
  earlier(4087, 115, 'هل يوجد توصيل إلى الرياض؟', 2, [], 'closed'),
  earlier(4088, 117, 'تغيير طريقة الدفع', 65),
  ...[1, 2, 4, 6, 9].map((days, i) => earlier(4090 + i, 118, ['إزاي أغير كلمة السر؟', 'فين زرار التصدير؟', 'إزاي أطبع الفاتورة؟', 'إزاي أضيف شعار الشركة؟', 'فين ألاقي التقارير؟'][i] ?? 'سؤال', days)),
  earlier(4095, 119, 'موعد التوصيل', 160),
  earlier(4096, 120, 'Late parcel and a review', 21, ['fairline_warning', 'fairline_review_extortion']),
  earlier(4097, 120, 'Gift card balance', 140),
];
