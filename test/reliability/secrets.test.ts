import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtApps, FAKE_ENV, installation, relativeToBuild, ROOT } from './builtApp';

/** Shapes of credentials that must never ship, by name. */
const SHAPES: [string, RegExp][] = [
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['AWS access key', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['Stripe live key', /\b[rs]k_live_[A-Za-z0-9]{20,}/],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['JSON Web Token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ['Zendesk API token login', /[\w.+-]+@[\w.-]+\/token:[A-Za-z0-9]{20,}/],
  ['credentials in a URL', /\bhttps?:\/\/[^\s/:@"'`]+:[^\s/@"'`]+@[\w.-]+/],
  ['Bearer token', /\bBearer\s+[A-Za-z0-9._~+/-]{20,}/],
  ['assigned secret', /\b(?:api[_-]?token|api[_-]?key|client[_-]?secret|access[_-]?token|password)["'`]?\s*[:=]\s*["'`][A-Za-z0-9/+_.-]{16,}["'`]/i],
];

/** Every secret-looking value in a text: the fixture's configured fake secrets and the credential shapes. */
function secretsIn(text: string): string[] {
  const known = [...Object.values(FAKE_ENV), installation.settings.apiToken!, installation.settings.webhookSecret!, installation.settings.oauthClientSecret!];
  return [...known.filter((value) => text.includes(value)).map(() => 'a configured secret'), ...SHAPES.filter(([, shape]) => shape.test(text)).map(([name]) => name)];
}

const SECRET_NAME = /token|secret|password|passwd|credential|private|api[_-]?key|signing/i;
interface Parameter {
  name: string;
  type?: string;
  secure?: boolean;
  default?: unknown;
}

/** Manifest parameters that hold a secret but are not `secure`, or that ship a default for a secure one. */
function insecureParameters(manifest: { parameters?: Parameter[] }): string[] {
  return (manifest.parameters ?? []).flatMap((p) => {
    const secret = SECRET_NAME.test(p.name) || p.type === 'password';
    if (secret && p.secure !== true) return [`${p.name} holds a secret but is not secure: true`];
    if (p.secure === true && p.default !== undefined) return [`${p.name} is secure but ships a default`];
    return [];
  });
}

describe('the secret scanner', () => {
  it.each([
    ['the configured API token', `const t = "${installation.settings.apiToken}";`],
    ['a token from the build environment', `x={token:"${installation.env.VITE_ZENDESK_API_TOKEN}"}`],
    ['the Help Scout sidebar app’s secret key', `sign(${JSON.stringify(FAKE_ENV.HELPSCOUT_SIGNATURE_SECRET)})`],
    ['a private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE…'],
    ['a Zendesk token login', 'btoa("agent@acme.example/token:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd")'],
    ['a GitHub token', 'ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'],
    ['a JSON Web Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ['an assigned API key', 'apiKey: "q8Zr7Lm2Xc9Vb4Nw"'],
    ['credentials in a URL', 'https://admin:hunter22@acme.zendesk.com/api'],
  ])('finds %s', (_, text) => {
    expect(secretsIn(text)).not.toEqual([]);
  });

  it('passes ordinary bundle text', () => {
    expect(secretsIn('const url = `/api/v2/users/${id}/tickets/requested.json?page[size]=100`; headers: { "Retry-After": "2" }')).toEqual([]);
  });

  it('flags a secret-looking manifest parameter that is not secure, or a secure one with a default', () => {
    expect(insecureParameters({ parameters: [{ name: 'apiToken', type: 'text' }, { name: 'signingKey', type: 'text', secure: true, default: 'x' }, { name: 'companyName' }] })).toEqual([
      'apiToken holds a secret but is not secure: true',
      'signingKey is secure but ships a default',
    ]);
  });
});

describe.each(['zendesk', 'helpscout'] as const)('the %s build, made afresh with fake secrets in its environment', (name) => {
  const apps = builtApps();
  const { files } = apps[name];

  it('ran with every fake secret in the build’s environment', () => {
    expect(apps.envSeen).toEqual(Object.keys(FAKE_ENV));
  });

  it('has files to scan, its page and JavaScript among them', () => {
    expect(files.length).toBeGreaterThanOrEqual(name === 'zendesk' ? 5 : 3);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
  });

  it('is a production build, without React’s development JSX runtime', () => {
    expect(files.filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('jsxDEV')).map(relativeToBuild)).toEqual([]);
  });

  it('holds no secret-looking value in any built file', () => {
    const found = files.flatMap((file) => secretsIn(readFileSync(file, 'latin1')).map((what) => `${relativeToBuild(file)}: ${what}`));
    expect(found).toEqual([]);
  });
});

describe.each([
  ['the source manifest.json', () => join(ROOT, 'manifest.json')],
  ['the built manifest.json', () => join(builtApps().zendesk.dir, 'manifest.json')],
])('%s', (_, path) => {
  it('marks every secret parameter secure: true, without a default', () => {
    const manifest = JSON.parse(readFileSync(path(), 'utf8')) as { parameters?: Parameter[] };
    expect(manifest.parameters?.length).toBeGreaterThan(0);
    expect(insecureParameters(manifest)).toEqual([]);
  });
});
