/** Demo data in a compact form; `model.ts` turns it into Zendesk's shapes. Times are days before page load. */
export interface DemoUser {
  id: number;
  name: string;
  email: string;
  locale: string;
  tags: string[];
  /** Zendesk user fields; a missing key is a field the account does not have. */
  fields: Record<string, number | null>;
}

export interface DemoComment {
  from: 'customer' | 'agent';
  body: string;
  daysAgo: number;
  internal?: boolean;
}

export interface DemoTicket {
  id: number;
  requesterId: number;
  subject: string;
  status: 'new' | 'open' | 'pending' | 'solved' | 'closed';
  tags: string[];
  daysAgo: number;
  comments: DemoComment[];
  /** Installation settings this ticket's app sees on top of the demo's own (which value sources to ask). */
  settings?: Record<string, string>;
}

export interface DemoAgent {
  id: number;
  name: string;
  email: string;
}
