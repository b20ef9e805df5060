import { error, isRecord, nonEmptyText, type Finding, type ManifestParameter } from './types';

export const REQUIRED_APP_STRINGS = ['name', 'short_description', 'long_description', 'installation_instructions'] as const;

/** Every locale file needs Zendesk's app strings and a label and help text for every parameter. */
export function checkTranslations(files: Record<string, unknown>, defaultLocale: string, parameters: ManifestParameter[]): Finding[] {
  const findings: Finding[] = [];
  if (!(defaultLocale in files)) findings.push(error(`translations/${defaultLocale}.json`, 'is missing: it is the default locale'));
  for (const [locale, content] of Object.entries(files)) {
    const file = `translations/${locale}.json`;
    if (!/^[a-z]{2,3}(-[a-z]{2,4})?$/i.test(locale)) findings.push(error(file, 'is not named after a locale such as en or ar'));
    if (!isRecord(content) || !isRecord(content.app)) {
      findings.push(error(file, 'needs an "app" object with the app strings'));
      continue;
    }
    const app = content.app;
    for (const key of REQUIRED_APP_STRINGS) if (!nonEmptyText(app[key])) findings.push(error(`${file} app.${key}`, 'is missing or empty'));
    const texts = isRecord(app.parameters) ? app.parameters : {};
    for (const p of parameters) {
      const entry = isRecord(texts[p.name]) ? texts[p.name] : {};
      for (const key of ['label', 'helpText'] as const) if (!nonEmptyText((entry as Record<string, unknown>)[key])) findings.push(error(`${file} app.parameters.${p.name}.${key}`, 'is missing or empty'));
    }
  }
  return findings;
}
