import { randomBytes } from 'node:crypto';

/** The demo installation's secure settings: new at each start, held by the workspace server and never sent to the page. */
export type SecureSettings = Readonly<Record<string, string>>;

export function demoSecureSettings(): SecureSettings {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  return {
    // A restricted key, as the README advises: read access to customers and charges only.
    stripe_secret_key: `rk_test_${hex(24)}`,
    value_endpoint_key: hex(24),
    companion_jwt_secret: hex(32),
  };
}

/** The scopes each secure parameter of the manifest allows (`header`, `jwt_secret_key`…), by name. */
export function secureScopes(manifest: unknown): Map<string, string[]> {
  const parameters = (manifest as { parameters?: unknown } | null)?.parameters;
  const scopes = new Map<string, string[]>();
  for (const p of Array.isArray(parameters) ? (parameters as Record<string, unknown>[]) : []) {
    if (p.secure === true && typeof p.name === 'string') scopes.set(p.name, Array.isArray(p.scopes) ? p.scopes.map(String) : []);
  }
  return scopes;
}

const PLACEHOLDER = /\{\{setting\.([A-Za-z0-9_]+)\}\}/g;

/**
 * `{{setting.NAME}}` replaced by the secure setting, as Zendesk's proxy does, when the parameter's scopes allow `scope`.
 * A placeholder that names no secure setting, or one not allowed there, is an error, as the proxy refuses it.
 */
export function putSettingsIn(text: string, scope: string, settings: SecureSettings, scopes: ReadonlyMap<string, string[]>): { text: string } | { error: string } {
  let error: string | null = null;
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = settings[name];
    if (value === undefined || !scopes.has(name)) error ??= `{{setting.${name}}} names no secure setting of the app`;
    else if (!scopes.get(name)?.includes(scope)) error ??= `the secure setting ${name} may not be used in a ${scope} (its scopes: ${scopes.get(name)?.join(', ') || 'none'})`;
    else return value;
    return whole;
  });
  return error === null ? { text: out } : { error };
}
