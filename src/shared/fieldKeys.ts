import type { ReadWarning } from './adapter';

/** The keys of the Zendesk user fields (or Help Scout customer properties) holding lifetime value and order count. */
export interface FieldKeys {
  ltv: string;
  orderCount: string;
}

export const DEFAULT_FIELD_KEYS: Readonly<FieldKeys> = { ltv: 'lifetime_value', orderCount: 'order_count' };
const SETTING: Record<keyof FieldKeys, string> = { ltv: 'ltvField', orderCount: 'orderCountField' };
const FIELD_KEY = /^[a-z0-9_-]{1,64}$/i;

/** The user-field keys from the settings; a key that is not a Zendesk field key falls back to the default. */
export function fieldKeys(settings: Record<string, unknown>): { keys: FieldKeys; warnings: ReadWarning[] } {
  const keys = { ...DEFAULT_FIELD_KEYS };
  const warnings: ReadWarning[] = [];
  for (const field of Object.keys(SETTING) as (keyof FieldKeys)[]) {
    const value = settings[SETTING[field]];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && FIELD_KEY.test(value.trim())) keys[field] = value.trim();
    else warnings.push({ code: 'field_key_invalid', values: { setting: SETTING[field], fallback: DEFAULT_FIELD_KEYS[field] } });
  }
  return { keys, warnings };
}
