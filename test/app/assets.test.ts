import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAssets } from '../../scripts/checks/assets';
import { encodePng, inflatePng, readPngInfo } from '../../scripts/png';

const ROOT = join(import.meta.dirname, '..', '..');
const png = (width: number, height: number) => encodePng({ width, height, pixels: new Uint8Array(width * height * 4) });
const logos = () => new Map([['logo.png', png(320, 320)], ['logo-small.png', png(128, 128)]]);

describe('the logos', () => {
  it('are committed at the sizes Zendesk asks for, the small one with transparency', () => {
    const large = readFileSync(join(ROOT, 'assets', 'logo.png'));
    const small = readFileSync(join(ROOT, 'assets', 'logo-small.png'));
    expect(readPngInfo(large)).toEqual({ width: 320, height: 320, bitDepth: 8, colorType: 6 });
    expect(readPngInfo(small)).toEqual({ width: 128, height: 128, bitDepth: 8, colorType: 6 });
    expect(checkAssets(new Map([['logo.png', large], ['logo-small.png', small]]), true).filter((f) => f.level === 'error')).toEqual([]);
  });
});

describe('the PNG encoder', () => {
  it('writes every pixel row with its filter byte', () => {
    const pixels = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128]);
    expect([...inflatePng(encodePng({ width: 2, height: 1, pixels }))]).toEqual([0, ...pixels]);
  });
});

describe('the asset check', () => {
  it('refuses a logo of the wrong size', () => {
    const files = logos();
    files.set('logo.png', png(300, 300));
    expect(checkAssets(files, true).map((f) => f.message)).toContain('is 300×300; it must be 320×320');
  });

  it('refuses a missing logo and a file that is not a PNG', () => {
    const files = new Map([['logo.png', Buffer.from('not a png')]]);
    expect(checkAssets(files, true).map((f) => `${f.where}: ${f.message}`)).toEqual(
      expect.arrayContaining(['assets/logo.png: is not a PNG', 'assets/logo-small.png: is missing']),
    );
  });

  it('wants screenshots numbered from 0 at a listed size, and requires one for a public app', () => {
    expect(checkAssets(logos(), false).map((f) => f.level)).toEqual(['error']);
    expect(checkAssets(logos(), true).map((f) => f.level)).toEqual(['warning']);
    const files = logos();
    files.set('screenshot-1.png', png(800, 600));
    expect(checkAssets(files, false).map((f) => f.message)).toEqual([
      'screenshots are numbered from 0 without gaps; expected screenshot-0.png',
      'is 800×600; use 1024×768 or 2048×1536',
    ]);
  });
});
