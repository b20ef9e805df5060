import { ACTIONS, VARIANTS, type Action, type Variant } from '../types';

/** Actions whose reply is written differently for Will, Belle and Xavier. */
const BY_VARIANT = ['warning_shot', 'terminate_with_refund'] as const satisfies readonly Action[];
type ByVariant = (typeof BY_VARIANT)[number];

export type TemplateKey = Exclude<Action, ByVariant> | `${ByVariant}.${Variant}`;

const isByVariant = (action: Action): action is ByVariant => (BY_VARIANT as readonly Action[]).includes(action);

export const TEMPLATE_KEYS: readonly TemplateKey[] = ACTIONS.flatMap((action): TemplateKey[] =>
  isByVariant(action) ? VARIANTS.map((variant) => `${action}.${variant}` as const) : [action],
);

export interface ReplyTemplates {
  greeting: string;
  signoff: string;
  /** Added to endings when the business is a service: the data-export window and closure date. */
  serviceExport: string;
  /** The one public answer to a review already posted, for the review site: diplomatic and factual. */
  reviewReply: string;
  body: Record<TemplateKey, string>;
}
