import type { Lang } from './languages';

const formats = new Map<string, Intl.NumberFormat>();

/** A number as people of that language write it; `minDigits` to `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 2, minDigits = 0): string {
  const key = `${lang}:${digits}:${minDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: minDigits, maximumFractionDigits: Math.max(digits, minDigits) });
    formats.set(key, format);
  }
  return format.format(value);
}
