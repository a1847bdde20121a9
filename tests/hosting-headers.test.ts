import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const header = (text: string, name: string) => text.match(new RegExp(`^\\s*${name}: (.+)$`, 'm'))?.[1]?.trim();

describe('public/_headers (Netlify / Cloudflare Pages)', () => {
  const headers = read('public/_headers');
  const readme = read('README.md');

  it('applies to every path and forbids framing', () => {
    expect(headers).toMatch(/^\/\*$/m);
    expect(header(headers, 'X-Frame-Options')).toBe('DENY');
    expect(header(headers, 'Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(header(headers, 'Referrer-Policy')).toBe('no-referrer');
    expect(header(headers, 'X-Content-Type-Options')).toBe('nosniff');
  });

  it('sends the policy of the page (vite.config.ts) and of the README', () => {
    const csp = header(headers, 'Content-Security-Policy');
    expect(csp).toBe(header(readme, 'Content-Security-Policy'));
    const config = read('vite.config.ts');
    for (const directive of csp!.split('; ').filter((d) => !d.startsWith('frame-ancestors'))) expect(config).toContain(`"${directive}"`);
    for (const name of ['X-Frame-Options', 'Referrer-Policy', 'X-Content-Type-Options']) expect(header(readme, name)).toBe(header(headers, name));
  });
});
