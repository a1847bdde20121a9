import { useTranslation } from 'react-i18next';
import type { Fib4, Finding } from '../rules';
import { FindingItem } from './finding-item';

interface CombinedFindingsProps {
  findings: readonly Finding[];
  fib4: Fib4 | undefined;
}

/** What several values say together: the AST/ALT pattern, FIB-4, platelets with ALT. */
export function CombinedFindings({ findings, fib4 }: CombinedFindingsProps) {
  const { t } = useTranslation();
  if (findings.length === 0 && !fib4) return null;
  return (
    <section className="combined" aria-labelledby="combined-title">
      <h2 id="combined-title">{t('results.combined')}</h2>
      {fib4 && (
        <div className="fib4">
          <h3>{t('fib4.name', { ns: 'explain' })}</h3>
          <p className="fib4-value">
            {t('results.fib4Value', { value: fib4.value, band: t(`fib4.bands.${fib4.band}`, { ns: 'explain' }) })}
          </p>
          <p>{t('fib4.what', { ns: 'explain' })}</p>
        </div>
      )}
      <ul className="findings">
        {findings.map((f) => (
          <FindingItem key={f.id} finding={f} />
        ))}
      </ul>
    </section>
  );
}
