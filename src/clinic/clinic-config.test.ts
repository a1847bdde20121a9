import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadClinic } from './clinic-config';

const valid = {
  name: { en: 'Sakura Clinic', ja: 'さくらクリニック' },
  phone: '078-123-4567',
  address: { en: '1-2-3 Sannomiya, Kobe', ja: '神戸市中央区三宮1-2-3' },
  url: 'https://clinic.example.jp/',
  hours: { en: 'Mon–Fri 9:00–17:00', ja: '月〜金 9:00〜17:00' },
};

const respond = (body: unknown, status = 200) =>
  vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(body), { status }));

describe('clinic.json', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is used when valid', async () => {
    expect(await loadClinic(respond(valid))).toEqual(valid);
  });

  it('null means no clinic, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadClinic(respond(null))).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing field', { ...valid, phone: undefined }, /phone/],
    ['a missing language', { ...valid, name: { en: 'Sakura Clinic' } }, /name\.ja/],
    ['a web address that is not http(s)', { ...valid, url: 'javascript:alert(1)' }, /url/],
  ])('gives one warning naming the problem for %s', async (_, body, expected) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadClinic(respond(body))).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(expected);
  });

  it('gives one warning when the file is missing or not JSON', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadClinic(respond({}, 404))).toBeUndefined();
    expect(await loadClinic(vi.fn<typeof fetch>().mockResolvedValue(new Response('<html>', { status: 200 })))).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
