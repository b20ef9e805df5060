import { DEFAULT_SETTINGS, parseSettings } from '../../src/rules';

describe('parseSettings', () => {
  it('uses every default when nothing is set', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it('accepts valid values, including numbers given as text by a settings form', () => {
    const { settings, issues } = parseSettings({ vipThreshold: '2000', goodwillTiers: 'vip, loyal', businessType: 'service' });
    expect(issues).toEqual([]);
    expect(settings.vipThreshold).toBe(2000);
    expect(settings.goodwillTiers).toEqual(['vip', 'loyal']);
    expect(settings.businessType).toBe('service');
  });

  it.each([
    [{ vipThreshold: -5 }, 'vipThreshold', 'cannot be negative'],
    [{ costPerTicket: 'lots' }, 'costPerTicket', 'is not a number'],
    [{ repeatThreshold: 2.5 }, 'repeatThreshold', 'must be a whole number'],
    [{ goodwillTiers: ['vip', 'platinum'] }, 'goodwillTiers', 'unknown tier (platinum)'],
    [{ goodwillTiers: [{ toString: 0 }, null, ['vip']] }, 'goodwillTiers', 'unknown tier (an object, null, a list)'],
    [{ businessType: 'agency' }, 'businessType', 'must be one of product, service'],
    [{ warningTag: 'has spaces in it' }, 'warningTag', 'must be a tag'],
  ])('reports %j in plain words and keeps the default for that setting only', (raw, key, phrase) => {
    const { settings, issues } = parseSettings({ ...raw, loyalThreshold: 300 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(`"${key}"`);
    expect(issues[0]).toContain(phrase);
    expect(settings.loyalThreshold).toBe(300);
  });

  it('falls back on both thresholds when loyal is set above vip', () => {
    const { settings, issues } = parseSettings({ loyalThreshold: 5000, vipThreshold: 1000 });
    expect(issues[0]).toMatch(/above "vipThreshold"/);
    expect([settings.loyalThreshold, settings.vipThreshold]).toEqual([250, 1000]);
  });

  it('explains settings that are not an object at all', () => {
    expect(parseSettings('vip=5').issues[0]).toMatch(/must be an object/);
  });

  it('reads custom tag names', () => {
    expect(parseSettings({ vipTag: 'VIP_Customer' }).settings.tags.vip).toBe('vip_customer');
  });

  it('does not share the default lists between results', () => {
    parseSettings({}).settings.goodwillTiers.push('loyal');
    expect(parseSettings({}).settings.goodwillTiers).toEqual(['vip']);
  });
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'help.acme.test', 'ftp://acme.test/docs'])(
    'refuses %s as the docs link, in plain words, and keeps no link',
    (docsUrl) => {
      const { settings, issues } = parseSettings({ docsUrl });
      expect(settings.docsUrl).toBe('');
      expect(issues).toEqual(['"docsUrl" must be a web address starting with https:// or http://; using the default "".']);
    },
  );

  it('keeps a web address as the docs link', () => {
    expect(parseSettings({ docsUrl: ' https://help.acme.test/guides ' }).settings.docsUrl).toBe('https://help.acme.test/guides');
  });

  it.each(['legal', 'legal@acme', 'Legal <legal@acme.test>'])('refuses %s as the counsel e-mail', (counselEmail) => {
    const { settings, issues } = parseSettings({ counselEmail });
    expect(settings.counselEmail).toBe('');
    expect(issues[0]).toMatch(/"counselEmail" must be an e-mail address/);
  });

  it('keeps an e-mail address for counsel', () => {
    expect(parseSettings({ counselEmail: 'legal@acme.test' }).settings.counselEmail).toBe('legal@acme.test');
  });
});

describe('settings that would break or confuse every assessment', () => {
  it('refuses a data-export window so long that the closure date falls outside the range of dates, and names it', () => {
    const { settings, issues } = parseSettings({ dataExportDays: 1e9 });
    expect(settings.dataExportDays).toBe(30);
    expect(issues).toEqual(['"dataExportDays" cannot be more than 3650; using the default 30.']);
  });

  it('bounds the windows and the repeat threshold too', () => {
    const { issues } = parseSettings({ repeatWindowDays: 100_000, warningMemoryDays: 4000, repeatThreshold: 5000 });
    expect(issues).toHaveLength(3);
  });

  it('refuses two tag settings that name the same tag, and falls back to the default tags', () => {
    const { settings, issues } = parseSettings({ terminatedTag: 'fairline_vip' });
    expect(settings.tags).toEqual(DEFAULT_SETTINGS.tags);
    expect(issues).toEqual(['The tag settings name "fairline_vip" twice (vipTag and terminatedTag); using the default tags.']);
  });

  it('refuses a tag setting that is also one of the behaviour tags', () => {
    const { issues } = parseSettings({ warningTag: 'fairline_belligerent' });
    expect(issues[0]).toMatch(/"fairline_belligerent" twice \(warningTag and behaviourTagPrefix \(belligerent\)\)/);
  });
});
