import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYTES, type Analyte, type Grade, type Interpretation, type LabValues, type SourceId } from '../../rules';
import type { TrendPoint } from './trend-chart';
import { AnalyteCard } from './analyte-card';
import { CombinedFindings } from './combined-findings';
import { cardFindings, isCombined } from './finding-groups';
import { GeneralAdvice } from './general-advice';
import { EARLIER_COLUMNS } from '../../input/earlier';

interface ResultsProps {
  values: LabValues;
  /** Earlier checkups as the rules got them, most recent first. */
  earlier: readonly LabValues[];
  interpretation: Interpretation;
}

/** One analyte over the checkups that have it, oldest first, with the grade of each. */
function pointsFor(analyte: Analyte, value: number, grade: Grade, earlier: readonly LabValues[], interpretation: Interpretation): TrendPoint[] {
  const before = EARLIER_COLUMNS.flatMap((column, i) => {
    const v = earlier[i]?.[analyte];
    const g = interpretation.earlier[i]?.grades[analyte];
    return v === undefined || g === undefined ? [] : [{ column, value: v, grade: g }];
  });
  return [...before.reverse(), { column: 'today', value, grade }];
}

/**
 * The detail below the summary: one card per given value, then what they say together.
 * It receives deferred values: memoised, so the urgent render of a keystroke skips it entirely.
 */
export const Results = memo(function Results({ values, earlier, interpretation }: ResultsProps) {
  const { t } = useTranslation();
  const { findings, grades } = interpretation;
  const given = ANALYTES.filter((a) => values[a] !== undefined);
  if (given.length === 0) return null;
  return (
    <div className="results">
      <h2 className="results-title">{t('results.title')}</h2>
      <div className="cards">
        {given.map((analyte) => {
          const value = values[analyte];
          const grade = grades[analyte];
          if (value === undefined || grade === undefined) return null;
          const sources = new Set<SourceId>(
            findings
              .filter((f) => f.id === `grade.${analyte}` || (analyte === 'alt' && f.id.startsWith('altTier.')))
              .flatMap((f) => f.sources),
          );
          return (
            <AnalyteCard
              key={analyte}
              analyte={analyte}
              value={value}
              grade={grade}
              tier={analyte === 'alt' ? interpretation.altTier : undefined}
              findings={cardFindings(findings, analyte)}
              sources={[...sources]}
              points={pointsFor(analyte, value, grade, earlier, interpretation)}
              trend={interpretation.trends[analyte]}
            />
          );
        })}
      </div>
      <CombinedFindings
        findings={findings.filter(isCombined)}
        fib4={interpretation.fib4}
        earlierFib4={interpretation.earlier.map((e) => e.fib4)}
      />
      <GeneralAdvice />
    </div>
  );
});
