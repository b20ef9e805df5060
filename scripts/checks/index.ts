import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkAssets } from './assets';
import { checkManifest } from './manifest';
import { checkRequirements } from './requirements';
import { checkTranslations } from './translations';
import { error, type Finding } from './types';

const TOP_LEVEL = ['manifest.json', 'requirements.json', 'translations', 'assets'];

function readJson(path: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
}

/** Checks a built app folder (dist/) against Zendesk's published app requirements, offline. */
export function validateAppDir(dir: string): Finding[] {
  const manifestFile = readJson(join(dir, 'manifest.json'));
  if ('problem' in manifestFile) return [error('manifest.json', `cannot be read: ${manifestFile.problem}`)];
  const findings: Finding[] = [];
  for (const entry of readdirSync(dir)) if (!TOP_LEVEL.includes(entry)) findings.push(error(entry, 'is not part of a Zendesk app: only manifest.json, requirements.json, translations/ and assets/'));

  const requirements = existsSync(join(dir, 'requirements.json')) ? readJson(join(dir, 'requirements.json')) : null;
  if (requirements && 'problem' in requirements) findings.push(error('requirements.json', `cannot be read: ${requirements.problem}`));
  else if (requirements) findings.push(...checkRequirements(requirements.value));

  const fileExists = (path: string) => existsSync(join(dir, path)) && statSync(join(dir, path)).isFile();
  const manifest = checkManifest(manifestFile.value, fileExists);
  findings.push(...manifest.findings);

  const translations: Record<string, unknown> = {};
  const translationDir = join(dir, 'translations');
  for (const file of existsSync(translationDir) ? readdirSync(translationDir) : []) {
    const parsed = readJson(join(translationDir, file));
    if (!file.endsWith('.json')) findings.push(error(`translations/${file}`, 'is not a .json file'));
    else if ('problem' in parsed) findings.push(error(`translations/${file}`, `is not valid JSON: ${parsed.problem}`));
    else translations[file.slice(0, -'.json'.length)] = parsed.value;
  }
  findings.push(...checkTranslations(translations, manifest.defaultLocale, manifest.parameters));

  const assetDir = join(dir, 'assets');
  const assets = new Map<string, Buffer>();
  for (const file of existsSync(assetDir) ? readdirSync(assetDir) : []) if (file.endsWith('.png')) assets.set(file, readFileSync(join(assetDir, file)));
  findings.push(...checkAssets(assets, manifest.isPrivate));
  return findings;
}
