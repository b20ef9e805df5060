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
