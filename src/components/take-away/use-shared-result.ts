import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedResult, YearMonth } from '../../handoff/payload';
import type { ContextChoice } from '../../input/context-choice';
import { PLAUSIBILITY } from '../../input/fields';
import { currentLang } from '../../i18n/create-i18n';
import type { LabValues } from '../../rules';

/**
 * What the link of "Show on my phone" and of the printed QR code holds (one function, so the two
 * are the same link): today's values, the earlier columns up to the last that has a value, each with its year and
 * month when typed and its age where that age is one the app accepts, the choices and the language.
 */
export function sharedResultOf(
  lang: SharedResult['lang'],
  values: LabValues,
  earlier: readonly LabValues[],
  earlierDates: readonly (YearMonth | undefined)[],
  choice: ContextChoice,
): SharedResult {
  return {
    lang,
    today: values,
    earlier: trimEmpty(
      earlier.slice(0, 2).map((column, i) => {
        const { age, ...rest } = column;
        const date = earlierDates[i];
        // A column without a value stays a place-holder, so that a lone 前々回 is not read as 前回.
        if (Object.keys(rest).length === 0) return {};
        return {
          ...rest,
          ...(age !== undefined && age >= PLAUSIBILITY.age.min && age <= PLAUSIBILITY.age.max ? { age } : {}),
          ...(date ? { date: { year: date.year, month: date.month } } : {}),
        };
      }),
    ),
    ...(choice.hbsAg !== 'unknown' ? { hbsAg: choice.hbsAg } : {}),
    ...(choice.hcvAb !== 'unknown' ? { hcvAb: choice.hcvAb } : {}),
    ...(choice.ultrasound !== 'unknown' ? { ultrasound: choice.ultrasound } : {}),
  };
}

/** The columns up to the last one with a value (empty ones before it are kept as place-holders). */
function trimEmpty<T extends object>(columns: T[]): T[] {
  let end = columns.length;
  while (end > 0 && Object.keys(columns[end - 1] as object).length === 0) end--;
  return columns.slice(0, end);
}

/** sharedResultOf in the page's language, the same object until one of its inputs changes. */
export function useSharedResult(
  values: LabValues,
  earlier: readonly LabValues[],
  earlierDates: readonly (YearMonth | undefined)[],
  choice: ContextChoice,
): SharedResult {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n);
  return useMemo(() => sharedResultOf(lang, values, earlier, earlierDates, choice), [lang, values, earlier, earlierDates, choice]);
}
