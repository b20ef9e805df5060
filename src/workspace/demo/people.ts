import type { DemoAgent, DemoUser } from './types';

export const AGENT: DemoAgent = { id: 900, name: 'Jordan Reyes', email: 'jordan@fairline-demo.test' };

const user = (id: number, name: string, locale: string, ltv: number | null, orders: number | null, tags: string[] = []): DemoUser => ({
  id,
  name,
  email: `customer${id}@example.com`,
  locale,
  tags,
  fields: { lifetime_value: ltv, order_count: orders },
});

export const USERS: DemoUser[] = [
  user(101, 'Marcus Bell', 'en-US', 189, 1),
  user(102, 'Priya Nair', 'en-GB', 64, 1),
  user(103, 'Dana Whitfield', 'en-US', 310, 6),
  user(104, 'Rick Dalton', 'en-US', 120, 3),
  user(105, 'Gail Porter', 'en-US', 48, 2),
  user(106, 'Nora Quinn', 'en-CA', 420, 8),
  user(107, 'Hugo Brandt', 'de-DE', 2150, 22),
  user(108, 'Lena Cho', 'en-US', 85, 2),
  user(109, 'Sam Ortiz', 'en-US', 540, 9),
  user(110, 'Brett Cole', 'en-US', 30, 1, ['fairline_terminated']),
  { id: 111, name: 'Alex Kim', email: 'alex.kim@example.com', locale: 'en-US', tags: [], fields: {} },
  user(112, 'خالد منصور', 'ar-SA', 260, 4),
  user(113, 'ريم حداد', 'ar', 75, 2),
  user(114, 'منى السيد', 'ar-EG', 1800, 19),
  user(115, 'يوسف علي', 'ar', 0, 0),
  user(116, 'سلمى الخطيب', 'ar-JO', 150, 3),
  user(117, 'فهد العتيبي', 'ar-SA', 95, 2),
  user(118, 'عمرو فتحي', 'ar-EG', 40, 1),
  user(119, 'رنا الأيوبي', 'ar-LB', 330, 5),
  user(120, 'Owen Park', 'en-GB', 140, 3),
  // Their value is not in the user fields (which requirements.json creates empty) but in Stripe, Shopify or the endpoint.
  ...([
    [121, 'Ines Moreau', []],
    [122, 'Kofi Mensah', []],
    [123, 'Maya Fischer', []],
    [124, 'Theo Lang', ['fairline_vip']],
  ] as const).map(([id, name, tags]): DemoUser => ({
    id,
    name,
    email: `${name.toLowerCase().replace(' ', '.')}@example.com`,
    locale: 'en-US',
    tags: [...tags],
    fields: { lifetime_value: null, order_count: null },
  })),
];
