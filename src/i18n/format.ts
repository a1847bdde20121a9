import type { Lang } from './languages';

const formats = new Map<string, Intl.NumberFormat>();

/** A number as people of that language write it; never more than `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}
