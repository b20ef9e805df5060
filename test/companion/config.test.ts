import { readConfig } from '../../src/companion/config';

const FULL = { HELPSCOUT_APP_ID: 'id', HELPSCOUT_APP_SECRET: 'secret', HELPSCOUT_SIGNATURE_SECRET: 'key' };

describe('the companion server’s configuration', () => {
  it('names every missing variable and what it is for, all at once', () => {
    const result = readConfig({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    expect(result.errors[0]).toMatch(/^HELPSCOUT_APP_ID is not set: it is the App ID/);
    expect(result.errors[2]).toMatch(/^HELPSCOUT_SIGNATURE_SECRET is not set/);
  });

  it('treats a variable of only spaces as missing', () => {
    const result = readConfig({ ...FULL, HELPSCOUT_APP_SECRET: '  ' });
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^HELPSCOUT_APP_SECRET is not set/)]);
  });

  it.each([
    ['PORT', 'eighty', /PORT must be a whole number/],
    ['FAIRLINE_SESSION_TTL_SECONDS', '5', /FAIRLINE_SESSION_TTL_SECONDS must be a whole number from 60/],
    ['FAIRLINE_SETTINGS', '[1,2]', /FAIRLINE_SETTINGS must be a JSON object/],
    ['FAIRLINE_WRITE_DRAFTS', 'maybe', /FAIRLINE_WRITE_DRAFTS must be "on" or "off"/],
    ['HELPSCOUT_API_URL', 'not a url', /HELPSCOUT_API_URL must be an absolute URL/],
  ])('explains a malformed %s', (name, value, message) => {
    const result = readConfig({ ...FULL, [name]: value });
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(message)]);
  });

  it('uses safe defaults: loopback, port 3000, Help Scout’s API, writing off, thirty-minute sessions', () => {
    const result = readConfig(FULL);
    expect(result.ok && result.config).toMatchObject({ host: '127.0.0.1', port: 3000, apiUrl: 'https://api.helpscout.net', writeDrafts: false, sessionTtlMs: 1_800_000, settings: {} });
  });

  it('reads Fairline’s settings and the write switch', () => {
    const result = readConfig({ ...FULL, FAIRLINE_SETTINGS: '{"vipThreshold":1500}', FAIRLINE_WRITE_DRAFTS: 'on' });
    expect(result.ok && result.config).toMatchObject({ settings: { vipThreshold: 1500 }, writeDrafts: true });
  });
});
