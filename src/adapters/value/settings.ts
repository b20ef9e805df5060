import * as v from 'valibot';
import { EXTERNAL_SOURCES, type ExternalSource } from '../../shared/valueSource';

/** What the value sources need from the installation's settings. */
export interface ValueSettings {
  /** Asked in this order after the user field; none unless the admin names them. */
  order: ExternalSource[];
  accountCurrency: string | null;
  endpointUrl: string | null;
  companionUrl: string | null;
  /** Whether the app keeps the VIP tag on the requester's user tags. */
  syncVipTag: boolean;
  /** Settings that were not understood, in plain words; each falls back to "off". */
  issues: string[];
}

const isSource = (s: string): s is ExternalSource => (EXTERNAL_SOURCES as readonly string[]).includes(s);
// Plain HTTP only on this machine (the local workspace); Zendesk's proxy and the browser need HTTPS elsewhere.
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/;
const WebAddress = v.pipe(
  v.string(),
  v.trim(),
  v.url(),
  v.check((u) => u.startsWith('https://') || LOOPBACK.test(u), 'must start with https://'),
);
const Currency = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z]{3}$/), v.toUpperCase());

const text = (raw: Record<string, unknown>, key: string) => (typeof raw[key] === 'string' && (raw[key] as string).trim() !== '' ? (raw[key] as string) : null);

function address(raw: Record<string, unknown>, key: string, issues: string[]): string | null {
  const value = text(raw, key);
  if (value === null) return null;
  const result = v.safeParse(WebAddress, value);
  if (result.success) return result.output;
  issues.push(`${key} must be a web address starting with https://; "${value}" is not, so that source is off.`);
  return null;
}

/** Reads the value-source settings; nothing here throws, and a wrong value switches its source off with an issue. */
export function valueSettings(raw: Record<string, unknown>): ValueSettings {
  const issues: string[] = [];
  const names = (text(raw, 'valueSources') ?? '').split(/[\s,]+/).filter(Boolean).map((s) => s.toLowerCase());
  const order: ExternalSource[] = [];
  for (const name of names) {
    if (!isSource(name)) issues.push(`valueSources names "${name}", which is not a source; use ${EXTERNAL_SOURCES.join(', ')}.`);
    else if (!order.includes(name)) order.push(name);
  }
  const currency = text(raw, 'accountCurrency');
  const parsedCurrency = currency === null ? null : v.safeParse(Currency, currency);
  if (parsedCurrency && !parsedCurrency.success) issues.push(`accountCurrency must be a three-letter currency code such as USD; "${currency}" is not.`);
  const sync = raw.syncVipTag;
  return {
    order,
    accountCurrency: parsedCurrency?.success ? parsedCurrency.output : null,
    endpointUrl: address(raw, 'valueEndpointUrl', issues),
    companionUrl: address(raw, 'companionUrl', issues),
    syncVipTag: !(sync === false || sync === 'false'),
    issues,
  };
}
