/**
 * A year of a helpdesk's tickets for the audit report: a pool of returning customers (English and Arabic, lifetime
 * values from nothing to a VIP's) writing over twelve months, mostly ordinary requests and now and then a threat or
 * an insult, each ticket with the customer's earlier tickets as its history. Deterministic for a seed.
 *
 * `npx tsx bench/auditData.ts 20000 > contexts.jsonl`
 */
import { seeded } from './generate';

/** What customers write, and how often (weights): most tickets are ordinary. */
const MESSAGES: [weight: number, en: string, ar: string][] = [
  [30, 'Hi, where is my order? It has been a week.', 'مرحبا، وين طلبي؟ صار له أسبوع.'],
  [12, 'The lamp arrived broken, the box was crushed. Can you send a new one?', 'الطلب وصلني مكسور، ممكن ترسلوا بديل؟'],
  [10, 'I typed my old address at checkout, can you reroute the parcel?', 'كتبت العنوان القديم بالغلط، هل يمكن تعديل الشحنة؟'],
  [8, 'Tracking says delivered but I never received it.', 'التتبع يقول تم التسليم لكني لم أستلم شيئًا.'],
  [8, 'How do I export my invoices? Could you just set it up for me?', 'كيف أصدر الفواتير؟ ممكن تسووها بدالي؟'],
  [5, 'I know the return window is 30 days but Amazon would take it back.', 'أعرف أن مدة الإرجاع 30 يومًا لكن أمازون كانت ستقبل.'],
  [4, 'Fix it or I will leave a one-star review on every site I can find.', 'لو ما رجعتوا فلوسي هكتب تقييم سيء في كل مكان.'],
  [4, 'I already opened a dispute with my bank, just reship it.', 'فتحت نزاع مع البنك، أرسلوا الطلب من جديد.'],
  [3, 'You people are useless idiots, get me someone who knows what they are doing.', 'انتو فعلا اغبياء وما حد فاهم شي.'],
  [2, 'If this is not refunded by Friday my lawyer will be contacting you.', 'إذا لم يتم رد المبلغ سأرفع دعوى قضائية ضدكم.'],
  [14, 'Thanks so much for the quick help last week, everything works now.', 'شكرًا على المساعدة السريعة، كل شيء يعمل الآن.'],
];
const TOTAL_WEIGHT = MESSAGES.reduce((sum, [w]) => sum + w, 0);

function message(random: () => number, arabic: boolean): string {
  let left = random() * TOTAL_WEIGHT;
  for (const [weight, en, ar] of MESSAGES) if ((left -= weight) < 0) return arabic ? ar : en;
  return MESSAGES[0]![1];
}

const FIRST = ['Dana', 'Owen', 'Priya', 'Rick', 'Gail', 'Hugo', 'Mei', 'Tomás', 'Aisha', 'Jonas', 'سارة', 'خالد', 'ليلى', 'عمر', 'نور', 'يوسف'];
const LAST = ['Whitfield', 'Park', 'Nair', 'Dalton', 'Porter', 'Brandt', 'Chen', 'Ruiz', 'Bello', 'Berg', 'العتيبي', 'منصور', 'حداد', 'الشمري', 'قاسم', 'الزعبي'];
const START = Date.parse('2025-12-01T00:00:00Z');
const YEAR_MS = 365 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

interface Customer {
  id: string;
  name: string;
  email: string;
  lifetimeValue: number | null;
  orderCount: number;
  arabic: boolean;
  tickets: { id: string; tags: string[] }[];
}

function customers(count: number, random: () => number): Customer[] {
  return Array.from({ length: count }, (_, k) => {
    const arabic = random() < 0.3;
    const pick = (list: string[]) => list[(arabic ? 10 : 0) + Math.floor(random() * (arabic ? 6 : 10))]!;
    // Most customers spend a little, a few a lot: about 1 in 12 is a VIP, 1 in 25 has no known value.
    const value = random() < 0.04 ? null : Math.round(Math.exp(random() * Math.log(6000)) - 1);
    return { id: `cust-${k}`, name: `${pick(FIRST)} ${pick(LAST)}`, email: `customer${k}@example.com`, lifetimeValue: value, orderCount: value === 0 ? 0 : 1 + Math.floor(random() * 20), arabic, tickets: [] };
  });
}

/** `count` ticket contexts as JSON lines, oldest first. */
export function auditLines(count: number, seed = 7): string[] {
  const random = seeded(seed);
  const pool = customers(Math.max(1, Math.round(count / 3)), random);
  const times = Array.from({ length: count }, () => START + Math.floor(random() * YEAR_MS)).sort((a, b) => a - b);
  return times.map((at, k) => {
    // A few customers write often: the square skews the pick towards the pool's first customers.
    const customer = pool[Math.floor(random() ** 2 * pool.length)]!;
    const createdAt = new Date(at).toISOString();
    const history = customer.tickets.slice(-8).map(({ id, tags }, n, all) => ({
      id,
      subject: 'Earlier question',
      description: 'Earlier question',
      createdAt: new Date(at - (all.length - n) * 9 * DAY_MS).toISOString(),
      status: 'solved',
      tags,
    }));
    const ticketId = String(10_000 + k);
    // One earlier ticket in ten carries a warning, as if an agent had given one.
    customer.tickets.push({ id: ticketId, tags: random() < 0.1 ? ['fairline_warning'] : [] });
    const comments = [{ author: 'customer', body: message(random, customer.arabic), createdAt, public: true }];
    const { id, name, email, lifetimeValue, orderCount, arabic } = customer;
    return JSON.stringify({
      id: `audit-${k}`,
      now: new Date(at + 3600_000).toISOString(),
      ticket: { id: ticketId, subject: 'Order', createdAt, tags: [], comments },
      customer: { id, name, email, locale: arabic ? 'ar' : 'en', lifetimeValue, orderCount, tags: [] },
      history,
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 2000);
  for (const line of auditLines(count)) process.stdout.write(`${line}\n`);
}
