import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../scripts/checks/manifest';
import { checkTranslations } from '../../scripts/checks/translations';

const ROOT = join(import.meta.dirname, '..', '..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
const manifest = json('manifest.json');
const exists = (path: string) => path === 'assets/index.html';
const messages = (findings: { where: string; message: string }[]) => findings.map((f) => `${f.where}: ${f.message}`);

describe("the app's manifest and translations", () => {
  it('pass the manifest check with the iframe HTML at the sidebar location', () => {
    const result = checkManifest(manifest, exists);
    expect(messages(result.findings)).toEqual([]);
    expect(result.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['ltvField', 'orderCountField', 'vipThreshold', 'docsUrl']));
  });

  it('give every parameter a label and help text in English and Arabic', () => {
    const { parameters } = checkManifest(manifest, exists);
    const files = { en: json('translations/en.json'), ar: json('translations/ar.json') };
    expect(parameters.length).toBeGreaterThan(10);
    expect(messages(checkTranslations(files, 'en', parameters))).toEqual([]);
  });

  it('name every setting the rules read, so none is left to its default silently', async () => {
    const { DEFAULT_SETTINGS } = await import('../../src/rules');
    const names = checkManifest(manifest, exists).parameters.map((p) => p.name);
    const tagKeys = ['vipTag', 'warningTag', 'terminatedTag', 'behaviourTagPrefix'];
    for (const key of [...Object.keys(DEFAULT_SETTINGS).filter((k) => k !== 'tags'), ...tagKeys]) expect(names).toContain(key);
  });
});

describe('the manifest check', () => {
  const base = { ...manifest };
  it.each([
    ['a location URL pointing at a missing file', { location: { support: { ticket_sidebar: { url: 'assets/missing.html' } } } }, /points at a file the app does not contain/],
    ['an unknown location', { location: { support: { ticket_sidebarr: { url: 'assets/index.html' } } } }, /is not a Support location/],
    ['a plain-http location', { location: { support: { ticket_sidebar: { url: 'http://example.com/app' } } } }, /must be https/],
    ['an unknown parameter type', { parameters: [{ name: 'x', type: 'integer' }] }, /has type "integer"/],
    ['a token that is not secure', { parameters: [{ name: 'apiToken', type: 'text' }] }, /holds a secret/],
    ['a password that is not secure', { parameters: [{ name: 'login', type: 'password' }] }, /holds a secret/],
    ['a secure parameter with a default', { parameters: [{ name: 'apiToken', type: 'text', secure: true, default: 'abc' }] }, /must not ship a default/],
    ['a number parameter with a text default', { parameters: [{ name: 'limit', type: 'number', default: 'ten' }] }, /default must be a number/],
    ['a parameter defined twice', { parameters: [{ name: 'a' }, { name: 'a' }] }, /is defined twice/],
    ['a missing author email', { author: { name: 'Fairline' } }, /must be an email address/],
    ['an old framework version', { frameworkVersion: '1.0' }, /must be "2.0"/],
  ])('refuses %s', (_, change, expected) => {
    const { findings } = checkManifest({ ...base, ...change }, exists);
    expect(messages(findings).join('\n')).toMatch(expected);
  });

  it('accepts a secure token without a default, with its scopes and the domain it may reach', () => {
    const { findings } = checkManifest({ ...base, domainWhitelist: ['api.stripe.com'], parameters: [{ name: 'apiToken', type: 'text', secure: true, required: true, scopes: ['header'] }] }, exists);
    expect(findings).toEqual([]);
  });

  it('refuses a translation without the app strings or a parameter label', () => {
    const findings = checkTranslations({ en: { app: { name: 'Fairline', parameters: { x: { label: 'X' } } } } }, 'en', [{ name: 'x', type: 'text' }]);
    expect(messages(findings)).toEqual([
      'translations/en.json app.short_description: is missing or empty',
      'translations/en.json app.long_description: is missing or empty',
      'translations/en.json app.installation_instructions: is missing or empty',
      'translations/en.json app.parameters.x.helpText: is missing or empty',
    ]);
  });
});
