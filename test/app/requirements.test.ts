import { readFileSync } from 'node:fs';
import { checkManifest } from '../../scripts/checks/manifest';
import { checkRequirements } from '../../scripts/checks/requirements';

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;
const messages = (findings: { where: string; message: string }[]) => findings.map((f) => `${f.where}: ${f.message}`);

describe("the app's requirements.json", () => {
  it('passes the offline check', () => {
    expect(checkRequirements(json('requirements.json'))).toEqual([]);
  });

  it('creates the lifetime_value (decimal) and order_count (integer) user fields the app reads', () => {
    const fields = (json('requirements.json') as { user_fields: Record<string, { key: string; type: string }> }).user_fields;
    expect(Object.values(fields).map((f) => [f.key, f.type])).toEqual([
      ['lifetime_value', 'decimal'],
      ['order_count', 'integer'],
    ]);
  });

  it("creates the team leads' views on Fairline's tags", () => {
    const views = Object.values((json('requirements.json') as { views: Record<string, { conditions: unknown }> }).views);
    const tags = JSON.stringify(views.map((v) => v.conditions));
    for (const tag of ['fairline_legal_threat', 'fairline_payment_dispute', 'fairline_warning', 'fairline_vip']) expect(tags).toContain(tag);
  });

  it.each([
    ['an unknown requirement type', { user_field: {} }, /not a requirement type/],
    ['a user field of a type Zendesk lacks', { user_fields: { a: { key: 'a', type: 'money', title: 'A' } } }, /use one of text/],
    ['a user field without a key', { user_fields: { a: { type: 'decimal', title: 'A' } } }, /key/],
    ['a view with no status condition', { views: { v: { title: 'V', conditions: { all: [{ field: 'current_tags', operator: 'includes', value: 'x' }] } } } }, /needs a condition on one of status/],
    ['a view with an unknown operator', { views: { v: { title: 'V', conditions: { all: [{ field: 'status', operator: 'below', value: 'solved' }] } } } }, /operator "below"/],
  ])('refuses %s', (_name, requirements, expected) => {
    expect(messages(checkRequirements(requirements)).join('\n')).toMatch(expected);
  });
});

describe("the manifest's secure settings", () => {
  const base = { name: 'F', author: { name: 'F', email: 'f@example.com' }, defaultLocale: 'en', frameworkVersion: '2.0', version: '1.0.0', location: { support: { ticket_sidebar: { url: 'https://example.com' } } }, domainWhitelist: ['api.stripe.com'] };
  it.each([
    ['without scopes', { name: 'stripe_secret_key', type: 'text', secure: true }, /needs "scopes"/],
    ['with a scope Zendesk does not know', { name: 'stripe_secret_key', type: 'text', secure: true, scopes: ['headers'] }, /does not know: headers/],
    ['with scopes but not secure', { name: 'plain', type: 'text', scopes: ['header'] }, /not secure/],
  ])('refuses a parameter %s', (_name, parameter, expected) => {
    expect(messages(checkManifest({ ...base, parameters: [parameter] }, () => true).findings).join('\n')).toMatch(expected);
  });

  it("passes Fairline's own manifest: every secret secure, scoped, and Stripe's domain listed", () => {
    const manifest = json('manifest.json') as { parameters: { secure?: boolean; scopes?: string[] }[] };
    expect(checkManifest(manifest, () => true).findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(manifest.parameters.filter((p) => p.secure).map((p) => p.scopes)).toEqual([['header'], ['header'], ['jwt_secret_key']]);
  });
});
