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

export async function installationSettings(manifestUrl: string): Promise<Record<string, unknown>> {
  const defaults: Record<string, unknown> = {};
  try {
    const manifest = (await (await fetch(manifestUrl)).json()) as { parameters?: ManifestParameter[] };
    for (const p of manifest.parameters ?? []) if (typeof p.name === 'string' && p.default !== undefined) defaults[p.name] = p.default;
  } catch {
    // Without a readable manifest the app falls back to its own defaults.
  }
  return { ...defaults, ...DEMO_SETTINGS };
}
