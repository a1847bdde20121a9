import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYTES, type Interpretation, type LabValues, type SourceId } from '../rules';
import { AnalyteCard } from './analyte-card';
import { CombinedFindings } from './combined-findings';
import { cardFindings, isCombined } from './finding-groups';
import { GeneralAdvice } from './general-advice';

interface ResultsProps {
  values: LabValues;
  interpretation: Interpretation;
}

/**
 * The detail below the summary: one card per given value, then what they say together.
 * It receives deferred values: memoised, so the urgent render of a keystroke skips it entirely.
 */
export const Results = memo(function Results({ values, interpretation }: ResultsProps) {
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
            />
          );
        })}
      </div>
      <CombinedFindings findings={findings.filter(isCombined)} fib4={interpretation.fib4} />
      <GeneralAdvice />
    </div>
  );
});
