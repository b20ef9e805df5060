import { BEHAVIOURS, TIERS, type Behaviour, type Tier } from './types';

export const BUSINESS_TYPES = ['product', 'service'] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export interface TagNames {
  vip: string;
  warning: string;
  terminated: string;
  /** Prefix of the behaviour tag: `fairline_` + behaviour. */
  behaviourPrefix: string;
}

/** The tag that records a behaviour: the prefix and the behaviour's name. */
export const behaviourTag = (tags: TagNames, behaviour: Behaviour) => `${tags.behaviourPrefix}${behaviour}`;

export interface Settings {
  vipThreshold: number;
  loyalThreshold: number;
  goodwillTiers: Tier[];
  costPerTicket: number;
  drainRatio: number;
  repeatWindowDays: number;
  repeatThreshold: number;
  warningMemoryDays: number;
  businessType: BusinessType;
  dataExportDays: number;
  companyName: string;
  agentName: string;
  docsUrl: string;
  counselEmail: string;
  tags: TagNames;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  vipThreshold: 1000,
  loyalThreshold: 250,
  goodwillTiers: ['vip'],
  costPerTicket: 15,
  drainRatio: 2,
  repeatWindowDays: 14,
  repeatThreshold: 4,
  warningMemoryDays: 180,
  businessType: 'product',
  dataExportDays: 30,
  companyName: '',
  agentName: '',
  docsUrl: '',
  counselEmail: '',
  tags: { vip: 'fairline_vip', warning: 'fairline_warning', terminated: 'fairline_terminated', behaviourPrefix: 'fairline_' },
});

export interface SettingsResult {
  settings: Settings;
  /** One plain-words sentence per setting that was ignored. */
  issues: string[];
}

type Checked<T> = { value: T } | { problem: string };
type Check<T> = (value: unknown) => Checked<T>;

const nonNegativeNumber: Check<number> = (v) => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n)) return { problem: 'is not a number' };
  return n < 0 ? { problem: 'cannot be negative' } : { value: n };
};

const wholeNumber: Check<number> = (v) => {
  const n = nonNegativeNumber(v);
  return 'value' in n && !Number.isInteger(n.value) ? { problem: 'must be a whole number' } : n;
};

/** A whole number of days or tickets, up to `max`: beyond it no window or count means anything, and dates overflow. */
const upTo =
  (max: number): Check<number> =>
  (v) => {
    const n = wholeNumber(v);
    return 'value' in n && n.value > max ? { problem: `cannot be more than ${max}` } : n;
  };

const text: Check<string> = (v) =>
  typeof v === 'string' || typeof v === 'number' ? { value: String(v).trim().slice(0, 500) } : { problem: 'must be text' };

// Only a web page may stand behind the docs link: "javascript:" or "data:" would run or show anything.
const webAddress: Check<string> = (v) => {
  const checked = text(v);
  if (!('value' in checked)) return checked;
  const address = URL.canParse(checked.value) ? new URL(checked.value) : null;
  return address && (address.protocol === 'https:' || address.protocol === 'http:') && address.hostname !== ''
    ? { value: checked.value }
    : { problem: 'must be a web address starting with https:// or http://' };
};

const emailAddress: Check<string> = (v) => {
  const checked = text(v);
  if (!('value' in checked)) return checked;
  return /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/.test(checked.value)
    ? checked
    : { problem: 'must be an e-mail address, such as legal@example.com' };
};

const tagName: Check<string> = (v) =>
  typeof v === 'string' && /^[a-z0-9_:-]{1,80}$/i.test(v.trim())
    ? { value: v.trim().toLowerCase() }
    : { problem: 'must be a tag: letters, digits, _ : or -' };

const businessType: Check<BusinessType> = (v) =>
  BUSINESS_TYPES.includes(v as BusinessType) ? { value: v as BusinessType } : { problem: `must be one of ${BUSINESS_TYPES.join(', ')}` };

/** A value as a setting's problem names it; an object is not turned into text, which can throw ({ toString: 0 }). */
function shown(v: unknown): string {
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? 'a list' : 'an object';
  return typeof v === 'symbol' || typeof v === 'function' ? typeof v : String(v);
}

const tierList: Check<Tier[]> = (v) => {
  const list: unknown = typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v;
  if (!Array.isArray(list)) return { problem: 'must be a list of tiers' };
  const unknown = list.filter((t) => !TIERS.includes(t as Tier));
  return unknown.length > 0
    ? { problem: `names an unknown tier (${unknown.map(shown).join(', ')}); tiers are ${TIERS.join(', ')}` }
    : { value: list as Tier[] };
};

const CHECKS: { [K in Exclude<keyof Settings, 'tags'>]: Check<Settings[K]> } = {
  vipThreshold: nonNegativeNumber,
  loyalThreshold: nonNegativeNumber,
  goodwillTiers: tierList,
  costPerTicket: nonNegativeNumber,
  drainRatio: nonNegativeNumber,
  repeatWindowDays: upTo(3650),
  repeatThreshold: upTo(1000),
  warningMemoryDays: upTo(3650),
  businessType,
  dataExportDays: upTo(3650),
  companyName: text,
  agentName: text,
  docsUrl: webAddress,
  counselEmail: emailAddress,
};

const TAG_KEYS: Record<keyof TagNames, string> = {
  vip: 'vipTag',
  warning: 'warningTag',
  terminated: 'terminatedTag',
  behaviourPrefix: 'behaviourTagPrefix',
};

/** The first tag that two tag settings name (the VIP, warning and terminated tags and every behaviour tag), if any. */
function firstTagClash(tags: TagNames): { tag: string; keys: string[] } | undefined {
  const named: [string, string][] = [
    [tags.vip, TAG_KEYS.vip],
    [tags.warning, TAG_KEYS.warning],
    [tags.terminated, TAG_KEYS.terminated],
    ...BEHAVIOURS.map((b): [string, string] => [behaviourTag(tags, b), `${TAG_KEYS.behaviourPrefix} (${b})`]),
  ];
  const owners = new Map<string, string[]>();
  for (const [tag, key] of named) owners.set(tag, [...(owners.get(tag) ?? []), key]);
  const [tag, keys] = [...owners].find(([, k]) => k.length > 1) ?? [];
  return tag === undefined || keys === undefined ? undefined : { tag, keys };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads admin settings. Each bad value falls back to its default and adds one plain-words issue; it never throws.
 * Missing or empty values silently take the default.
 * @example parseSettings({ vipThreshold: -5 }).issues // ['"vipThreshold" cannot be negative; using the default 1000.']
 */
export function parseSettings(raw: unknown): SettingsResult {
  const settings: Settings = { ...DEFAULT_SETTINGS, goodwillTiers: [...DEFAULT_SETTINGS.goodwillTiers], tags: { ...DEFAULT_SETTINGS.tags } };
  const issues: string[] = [];
  if (raw === undefined || raw === null) return { settings, issues };
  if (!isRecord(raw)) return { settings, issues: ['Settings must be an object of named values; using all defaults.'] };

  const apply = <K extends keyof Settings>(key: K, check: Check<Settings[K]>) => {
    const value = raw[key];
    if (value === undefined || value === null || value === '') return;
    const result = check(value);
    if ('value' in result) settings[key] = result.value;
    else issues.push(`"${key}" ${result.problem}; using the default ${JSON.stringify(DEFAULT_SETTINGS[key])}.`);
  };
  for (const key of Object.keys(CHECKS) as (keyof typeof CHECKS)[]) apply(key, CHECKS[key] as Check<Settings[typeof key]>);

  for (const [field, key] of Object.entries(TAG_KEYS) as [keyof TagNames, string][]) {
    const value = raw[key];
    if (value === undefined || value === null || value === '') continue;
    const result = tagName(value);
    if ('value' in result) settings.tags[field] = result.value;
    else issues.push(`"${key}" ${result.problem}; using the default "${DEFAULT_SETTINGS.tags[field]}".`);
  }

  // Two tag settings that name one tag would make one step read as another ("fairline_vip" as the terminated tag
  // turns a VIP into a terminated customer): then every tag setting falls back to its default.
  const clash = firstTagClash(settings.tags);
  if (clash) {
    issues.push(`The tag settings name "${clash.tag}" twice (${clash.keys.join(' and ')}); using the default tags.`);
    settings.tags = { ...DEFAULT_SETTINGS.tags };
  }

  if (settings.loyalThreshold > settings.vipThreshold) {
    issues.push(`"loyalThreshold" (${settings.loyalThreshold}) is above "vipThreshold" (${settings.vipThreshold}); using the defaults for both.`);
    settings.loyalThreshold = DEFAULT_SETTINGS.loyalThreshold;
    settings.vipThreshold = DEFAULT_SETTINGS.vipThreshold;
  }
  return { settings, issues };
}
