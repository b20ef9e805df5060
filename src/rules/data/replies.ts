export const TEMPLATE_KEYS = [
  'terminate_legal',
  'dispute_process',
  'warning_shot.will',
  'warning_shot.belle',
  'warning_shot.xavier',
  'terminate_with_refund.will',
  'terminate_with_refund.belle',
  'terminate_with_refund.xavier',
  'walk_away',
  'decline_politely',
  'vip_goodwill',
  'explain_policy',
  'resolve',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface ReplyTemplates {
  greeting: string;
  signoff: string;
  /** Added to endings when the business is a service: the data-export window and closure date. */
  serviceExport: string;
  body: Record<TemplateKey, string>;
}
