import { readPngInfo } from '../png';
import { error, warning, type Finding } from './types';

const MAX_ASSET_BYTES = 500 * 1024;
const LOGOS = [
  { file: 'logo.png', size: 320 },
  { file: 'logo-small.png', size: 128, transparent: true },
];
const SCREENSHOT_SIZES = ['1024x768', '2048x1536'];

/** Logos and screenshots as Zendesk's brand-asset requirements state them. `files` maps assets/ names to bytes. */
export function checkAssets(files: Map<string, Buffer>, isPrivate: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const logo of LOGOS) {
    const where = `assets/${logo.file}`;
    const bytes = files.get(logo.file);
    const info = bytes ? readPngInfo(bytes) : null;
    if (!bytes) findings.push(error(where, 'is missing'));
    else if (!info) findings.push(error(where, 'is not a PNG'));
    else {
      if (info.width !== logo.size || info.height !== logo.size) findings.push(error(where, `is ${info.width}×${info.height}; it must be ${logo.size}×${logo.size}`));
      if (logo.transparent && info.colorType !== 6) findings.push(error(where, 'must be a PNG-24 with transparency (RGBA)'));
      if (bytes.length > MAX_ASSET_BYTES) findings.push(error(where, 'is larger than 500 KB'));
    }
  }
  const shots = [...files.keys()].filter((f) => /^screenshot-\d+\.png$/.test(f)).sort();
  if (shots.length === 0) findings.push((isPrivate ? warning : error)('assets/screenshot-0.png', 'no screenshots: the Marketplace listing needs one to three'));
  shots.forEach((name, i) => {
    const where = `assets/${name}`;
    if (name !== `screenshot-${i}.png`) findings.push(error(where, `screenshots are numbered from 0 without gaps; expected screenshot-${i}.png`));
    if (i >= 3) findings.push(error(where, 'only three screenshots are shown'));
    const bytes = files.get(name)!;
    const info = readPngInfo(bytes);
    if (!info) return findings.push(error(where, 'is not a PNG'));
    if (!SCREENSHOT_SIZES.includes(`${info.width}x${info.height}`)) findings.push(error(where, `is ${info.width}×${info.height}; use 1024×768 or 2048×1536`));
    if (bytes.length > MAX_ASSET_BYTES) findings.push(error(where, 'is larger than 500 KB'));
  });
  return findings;
}
