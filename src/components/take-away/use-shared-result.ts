import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedResult, YearMonth } from '../../handoff/payload';
import type { ContextChoice } from '../../input/context-choice';
import { PLAUSIBILITY } from '../../input/fields';
import { currentLang } from '../../i18n/create-i18n';
import type { LabValues } from '../../rules';

/**
 * What the link of "Show on my phone" and of the printed QR code holds (one function, so the two
 * are the same link): today's values, the earlier columns that have a value, each with its year and
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
    earlier: earlier
      .flatMap((column, i) => {
        if (!Object.keys(column).some((key) => key !== 'age')) return [];
        const { age, ...rest } = column;
        const date = earlierDates[i];
        return [
          {
            ...rest,
            ...(age !== undefined && age >= PLAUSIBILITY.age.min && age <= PLAUSIBILITY.age.max ? { age } : {}),
            ...(date ? { date: { year: date.year, month: date.month } } : {}),
          },
        ];
      })
      .slice(0, 2),
    ...(choice.hbsAg !== 'unknown' ? { hbsAg: choice.hbsAg } : {}),
    ...(choice.hcvAb !== 'unknown' ? { hcvAb: choice.hcvAb } : {}),
    ...(choice.ultrasound !== 'unknown' ? { ultrasound: choice.ultrasound } : {}),
  };
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
