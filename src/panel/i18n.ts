// Named imports keep Zendesk's own app strings (descriptions, parameter help) out of the bundle.
import { panel as ar } from '../../translations/ar.json';
import { panel as en } from '../../translations/en.json';
import type { Language } from '../rules';
import { usePanel } from '../store';

type Values = Record<string, string | number>;
const PANEL: Record<Language, unknown> = { en, ar };

function lookup(tree: unknown, key: string): string | null {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}

const fill = (text: string, values: Values) => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** The string in the language, else in English, else null: a missing translation never throws. */
export function translate(language: Language, key: string, values: Values = {}): string | null {
  const text = lookup(PANEL[language], key) ?? lookup(PANEL.en, key);
  return text === null ? null : fill(text, values);
}

export type Translate = (key: string, values?: Values) => string;

/** `t(key, values)` in the agent's language; shows the key itself when no language has it. */
export function useT(): Translate {
  const language = usePanel((s) => s.uiLanguage);
  // Messages name the helpdesk the panel runs in: "Help Scout did not answer", not "Zendesk…".
  const helpdesk = usePanel((s) => s.helpdesk);
  return (key, values) => translate(language, key, { helpdesk, ...values }) ?? key;
}

export function useNumber(): (value: number, digits?: number) => string {
  const language = usePanel((s) => s.uiLanguage);
  return (value, digits = 0) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** An amount in its currency, as the agent's language writes it ("US$1,840.00", "‏١٬٨٤٠٫٠٠ US$"). */
export function useMoney(): (value: number, currency: string) => string {
  const language = usePanel((s) => s.uiLanguage);
  return (value, currency) => {
    try {
      return new Intl.NumberFormat(language, { style: 'currency', currency }).format(value);
    } catch {
      // A code Intl does not know is shown as it came.
      return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)} ${currency}`;
    }
  };
}
