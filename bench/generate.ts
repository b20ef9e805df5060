/** Deterministic synthetic tickets for throughput figures: realistic lengths, both languages, every behaviour. */

const SENTENCES = [
  'Hi team, my order arrived yesterday but the box was crushed and the lamp inside is broken.',
  'I typed my old address at checkout, can you reroute the parcel?',
  'Tracking says delivered but I never received it.',
  'If this is not refunded by Friday my lawyer will be contacting you.',
  'You people are useless idiots, get me someone who knows what they are doing.',
  'Fix it or I will leave a one-star review on every site I can find.',
  'I already opened a dispute with my bank, just reship it.',
  'How do I export my invoices? Could you just set it up for me?',
  'I know the return window is 30 days but Amazon would take it back.',
  'Thanks so much for the quick help last week, everything works now.',
  'مرحبا، الطلب وصلني مكسور، ممكن ترسلوا بديل؟',
  'كتبت العنوان القديم بالغلط، هل يمكن تعديل الشحنة؟',
  'إذا لم يتم رد المبلغ سأرفع دعوى قضائية ضدكم.',
  'انتو فعلا اغبياء وما حد فاهم شي.',
  'لو ما رجعتوا فلوسي هكتب تقييم سيء في كل مكان.',
];

/** A small seeded generator, so every run measures the same input. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isArabic = (sentence: string) => /[\u0600-\u06ff]/.test(sentence);
const BY_LANGUAGE = { en: SENTENCES.filter((s) => !isArabic(s)), ar: SENTENCES.filter(isArabic) };

/**
 * `count` ticket contexts as JSON lines. `mixed`: every message mixes English and Arabic sentences (the harder case
 * for the matcher); otherwise each ticket is written in one language, as most are.
 */
export function generateLines(count: number, seed = 42, mixed = true): string[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = mixed ? SENTENCES : random() < 0.3 ? BY_LANGUAGE.ar : BY_LANGUAGE.en;
    const comments = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
      author: k % 2 === 0 ? 'customer' : 'agent',
      body: Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(sentences)).join(' '),
      createdAt: '2026-11-01T10:00:00Z',
      public: true,
    }));
    const history = Array.from({ length: Math.floor(random() * 6) }, (_, k) => ({
      id: k,
      subject: 'Earlier question',
      description: pick(SENTENCES),
      createdAt: `2026-10-${String(10 + k).padStart(2, '0')}T10:00:00Z`,
      status: 'solved',
      tags: random() < 0.1 ? ['fairline_warning'] : [],
    }));
    lines.push(
      JSON.stringify({
        id: `gen-${i}`,
        now: '2026-11-01T12:00:00Z',
        ticket: { id: i, subject: 'Order', createdAt: '2026-11-01T10:00:00Z', tags: [], comments },
        customer: { id: i, name: 'Sam Lee', locale: random() < 0.3 ? 'ar' : 'en', lifetimeValue: Math.floor(random() * 3000), orderCount: 3, tags: [] },
        history,
      }),
    );
  }
  return lines;
}

/** A hostile comment of about `bytes` UTF-8 bytes: obfuscation, mixed scripts, invisible characters, quotes. */
export function hostileComment(bytes: number): string {
  const unit =
    's.u.e y0u l a w y e r $ue ｉｄｉｏｔ sh*t \u200b\u202e مُحَامِـــي حرااااامي 7aramy 3ala ' +
    'ssssssssssssssssss a a a a a a a a a > quoted line\n' +
    'On Mon someone wrote something without the word ';
  const size = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.ceil(bytes / size));
}
