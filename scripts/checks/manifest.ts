import { error, isRecord, nonEmptyText, warning, type Finding, type ManifestParameter } from './types';

/** Parameter types Zendesk's app framework accepts. */
export const PARAMETER_TYPES = ['text', 'password', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const;
export const SUPPORT_LOCATIONS = ['ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar', 'organization_sidebar', 'top_bar', 'nav_bar', 'ticket_editor', 'background', 'modal'];
const PRODUCTS = ['support', 'chat', 'sell'];
/** Where Zendesk's proxy may put a secure setting; a secure setting without scopes is refused. */
export const SECURE_SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'basic_auth_username', 'basic_auth_password'] as const;
const SECRET_NAME = /(token|secret|password|passwd|api_?key|private_?key|credential)/i;

function checkScopes(at: string, scopes: unknown): Finding[] {
  if (!Array.isArray(scopes) || scopes.length === 0) return [error(at, `is secure and needs "scopes": where the proxy may put it (${SECURE_SCOPES.join(', ')})`)];
  const unknown = scopes.filter((s) => !(SECURE_SCOPES as readonly unknown[]).includes(s));
  return unknown.length > 0 ? [error(at, `has scopes Zendesk does not know: ${unknown.map(String).join(', ')}`)] : [];
}

function checkParameters(raw: unknown): { findings: Finding[]; parameters: ManifestParameter[] } {
  const findings: Finding[] = [];
  const parameters: ManifestParameter[] = [];
  if (raw === undefined) return { findings, parameters };
  if (!Array.isArray(raw)) return { findings: [error('manifest.parameters', 'must be a list')], parameters };
  const seen = new Set<string>();
  raw.forEach((p: unknown, i) => {
    const where = `manifest.parameters[${i}]`;
    if (!isRecord(p) || !nonEmptyText(p.name)) return findings.push(error(where, 'needs a "name"'));
    const at = `manifest.parameters.${p.name}`;
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(p.name)) findings.push(error(at, 'name must be letters, digits and _'));
    if (seen.has(p.name)) findings.push(error(at, 'is defined twice'));
    seen.add(p.name);
    const type = typeof p.type === 'string' ? p.type : 'text';
    if (!(PARAMETER_TYPES as readonly string[]).includes(type)) findings.push(error(at, `has type "${String(p.type)}"; use one of ${PARAMETER_TYPES.join(', ')}`));
    if (p.required !== undefined && typeof p.required !== 'boolean') findings.push(error(at, '"required" must be true or false'));
    if (p.secure !== undefined && typeof p.secure !== 'boolean') findings.push(error(at, '"secure" must be true or false'));
    if ((type === 'password' || SECRET_NAME.test(p.name)) && p.secure !== true) findings.push(error(at, 'holds a secret: mark it "secure": true so it never reaches the browser'));
    if (p.secure === true && p.default !== undefined) findings.push(error(at, 'is secure and must not ship a default value'));
    if (p.secure === true) findings.push(...checkScopes(at, p.scopes));
    else if (p.scopes !== undefined) findings.push(error(at, 'has scopes but is not secure: only secure settings have them'));
    if (type === 'number' && p.default !== undefined && typeof p.default !== 'number') findings.push(error(at, 'default must be a number'));
    if (type === 'checkbox' && p.default !== undefined && typeof p.default !== 'boolean') findings.push(error(at, 'default must be true or false'));
    parameters.push({ name: p.name, type, ...(p.secure === true ? { secure: true } : {}) });
  });
  return { findings, parameters };
}

function checkLocations(raw: unknown, fileExists: (path: string) => boolean): Finding[] {
  if (!isRecord(raw)) return [error('manifest.location', 'must name at least one product and location')];
  const findings: Finding[] = [];
  for (const [product, locations] of Object.entries(raw)) {
    if (!PRODUCTS.includes(product)) findings.push(error(`manifest.location.${product}`, `is not a product (${PRODUCTS.join(', ')})`));
    if (!isRecord(locations)) continue;
    for (const [name, value] of Object.entries(locations)) {
      const where = `manifest.location.${product}.${name}`;
      if (product === 'support' && !SUPPORT_LOCATIONS.includes(name)) findings.push(error(where, 'is not a Support location'));
      const url = isRecord(value) ? value.url : value;
      if (!nonEmptyText(url)) findings.push(error(where, 'needs a "url"'));
      else if (/^https:\/\//.test(url)) continue;
      else if (/^[a-z]+:/i.test(url)) findings.push(error(where, `url "${url}" must be https or a file inside the app`));
      else if (!url.startsWith('assets/')) findings.push(error(where, `url "${url}" must point into assets/`));
      else if (!fileExists(url.split(/[?#]/)[0] ?? url)) findings.push(error(where, `url "${url}" points at a file the app does not contain`));
    }
  }
  return findings;
}

/** Checks manifest.json the way Zendesk's app validation does, without an account. */
export function checkManifest(manifest: unknown, fileExists: (path: string) => boolean): { findings: Finding[]; parameters: ManifestParameter[]; defaultLocale: string; isPrivate: boolean } {
  if (!isRecord(manifest)) return { findings: [error('manifest.json', 'is not a JSON object')], parameters: [], defaultLocale: 'en', isPrivate: true };
  const findings: Finding[] = [];
  if (!nonEmptyText(manifest.name)) findings.push(error('manifest.name', 'is missing'));
  const author = isRecord(manifest.author) ? manifest.author : {};
  if (!nonEmptyText(author.name)) findings.push(error('manifest.author.name', 'is missing'));
  if (!nonEmptyText(author.email) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(author.email)) findings.push(error('manifest.author.email', 'must be an email address'));
  if (author.url !== undefined && !(nonEmptyText(author.url) && /^https?:\/\//.test(author.url))) findings.push(error('manifest.author.url', 'must be a web address'));
  if (!nonEmptyText(manifest.defaultLocale)) findings.push(error('manifest.defaultLocale', 'is missing'));
  if (manifest.frameworkVersion !== '2.0') findings.push(error('manifest.frameworkVersion', 'must be "2.0" for an iframe app'));
  if (!nonEmptyText(manifest.version) || !/^\d+\.\d+(\.\d+)?$/.test(manifest.version)) findings.push(warning('manifest.version', 'should be a version such as 1.0.0'));
  findings.push(...checkLocations(manifest.location, fileExists));
  const params = checkParameters(manifest.parameters);
  findings.push(...params.findings);
  const whitelist = manifest.domainWhitelist;
  if (whitelist !== undefined && !(Array.isArray(whitelist) && whitelist.every((d) => nonEmptyText(d) && !/^https?:|\//.test(d)))) {
    findings.push(error('manifest.domainWhitelist', 'must be a list of domain names, such as api.stripe.com'));
  }
  if (params.parameters.some((p) => p.secure) && !Array.isArray(whitelist)) findings.push(warning('manifest.domainWhitelist', 'is missing: secure settings only reach the domains it lists'));
  const defaultLocale = nonEmptyText(manifest.defaultLocale) ? manifest.defaultLocale : 'en';
  return { findings, parameters: params.parameters, defaultLocale, isPrivate: manifest.private !== false };
}
