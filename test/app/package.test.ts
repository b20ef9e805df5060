import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { buildApp } from '../../scripts/buildApp';
import { validateAppDir } from '../../scripts/checks';
import { INITIAL_JS_BUDGET } from '../../scripts/paths';
import { zip } from '../../scripts/zip';

describe('the zip writer', () => {
  it('stores each file so that it inflates back to its bytes', () => {
    const data = Buffer.from('{"name":"Fairline"}'.repeat(20));
    const archive = zip([{ name: 'manifest.json', data }]);
    const nameLength = archive.readUInt16LE(26);
    const packedLength = archive.readUInt32LE(18);
    const packed = archive.subarray(30 + nameLength, 30 + nameLength + packedLength);
    expect(archive.toString('utf8', 30, 30 + nameLength)).toBe('manifest.json');
    expect(inflateRawSync(packed)).toEqual(data);
    expect(archive.readUInt32LE(archive.length - 22)).toBe(0x06054b50);
  });
});

describe('the built app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairline-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the offline app check and keeps its initial JavaScript within 120 KB gzip', async () => {
    const sizes = await buildApp(dir);
    expect(validateAppDir(dir).filter((f) => f.level === 'error')).toEqual([]);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.reduce((sum, s) => sum + s.gzip, 0)).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  }, 120_000);

  it('loads the ZAF SDK from the Zendesk CDN and does not bundle it', () => {
    const html = readFileSync(join(dir, 'assets', 'index.html'), 'utf8');
    expect(html).toContain('<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>');
    const js = readFileSync(join(dir, 'assets', html.match(/src="\.\/([^"]+\.js)"/)?.[1] ?? 'missing'), 'utf8');
    expect(js).not.toContain('iframe.handshake');
  });
});
