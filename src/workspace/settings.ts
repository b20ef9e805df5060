/** The demo installation's settings: the manifest's parameter defaults, then the demo company's own values. */
const DEMO_SETTINGS: Record<string, unknown> = {
  companyName: 'Northwind Outfitters',
  agentName: 'Jordan',
  docsUrl: 'https://help.northwind.example',
  counselEmail: 'legal@northwind.example',
};

interface ManifestParameter {
  name?: unknown;
  default?: unknown;
}

/** Pure, so the end-to-end tests can compute the same settings from dist/manifest.json. */
export function demoSettings(manifest: unknown): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  const parameters = (manifest as { parameters?: ManifestParameter[] } | null)?.parameters;
  for (const p of Array.isArray(parameters) ? parameters : []) if (typeof p.name === 'string' && p.default !== undefined) defaults[p.name] = p.default;
  return { ...defaults, ...DEMO_SETTINGS };
}

export async function installationSettings(manifestUrl: string): Promise<Record<string, unknown>> {
  try {
    return demoSettings(await (await fetch(manifestUrl)).json());
  } catch {
    // Without a readable manifest the app falls back to its own defaults.
    return demoSettings(null);
  }
}
