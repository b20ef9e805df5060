import { readFileSync } from 'node:fs';
import { parseSettings, type Settings } from '../rules';
import { withoutByteOrderMark } from './lines';

/**
 * The settings of a JSON file, or the defaults without one. A file that cannot be read or parsed, and every setting
 * that is wrong, are named on standard error (or to `warn`); what is wrong falls back to its default and the run goes on.
 */
export function readSettingsFile(path: string | null, warn: (line: string) => void = (line) => process.stderr.write(line)): Settings {
  let raw: unknown = {};
  if (path) {
    try {
      raw = JSON.parse(withoutByteOrderMark(readFileSync(path, 'utf8')));
    } catch (error) {
      warn(`Settings file ${path} could not be read (${(error as Error).message}); using the defaults.\n`);
    }
  }
  const { settings, issues } = parseSettings(raw);
  for (const issue of issues) warn(`Setting ignored: ${issue}\n`);
  return settings;
}

/** A settings file's JSON object as written (for the helpdesk's field keys), or {} with the reason on standard error. */
export function readRawSettings(path: string | null, stderr: NodeJS.WritableStream): Record<string, unknown> {
  if (!path) return {};
  try {
    const raw: unknown = JSON.parse(withoutByteOrderMark(readFileSync(path, 'utf8')));
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return raw as Record<string, unknown>;
    stderr.write(`Settings file ${path} is not a JSON object; using the defaults.\n`);
  } catch (error) {
    stderr.write(`Settings file ${path} could not be read (${(error as Error).message}); using the defaults.\n`);
  }
  return {};
}
