import { useTranslation } from 'react-i18next';
import { truncateFib4, type Fib4, type Finding } from '../../rules';
import { FindingItem } from './finding-item';
import { EARLIER_COLUMNS } from '../../input/earlier';

interface CombinedFindingsProps {
  findings: readonly Finding[];
  fib4: Fib4 | undefined;
  /** FIB-4 at each earlier checkup (most recent first), where it could be worked out. */
  earlierFib4?: readonly (Fib4 | undefined)[];
}

/**
 * What several values say together: the AST/ALT pattern, FIB-4, platelets with ALT, and what the
 * hepatitis markers, the ultrasound and earlier checkups add.
 */
export function CombinedFindings({ findings, fib4, earlierFib4 = [] }: CombinedFindingsProps) {
  const { t } = useTranslation();
  const score = (f: Fib4) =>
    f.reliable
      ? t('results.fib4Short', { value: truncateFib4(f.value), band: t(`fib4.bands.${f.band}`, { ns: 'explain' }) })
      : t('results.fib4ShortUnreliable', { value: truncateFib4(f.value) });
  // Oldest first, as the eye reads a change.
  const over = [
    ...EARLIER_COLUMNS.flatMap((column, i) => {
      const f = earlierFib4[i];
      return f ? [{ column, f }] : [];
    }).reverse(),
    ...(fib4 ? [{ column: 'today' as const, f: fib4 }] : []),
  ];
  if (findings.length === 0 && !fib4) return null;
  return (
    <section className="combined" aria-labelledby="combined-title">
      <h2 id="combined-title">{t('results.combined')}</h2>
      {fib4 && (
        <div className="fib4">
          <h3>{t('fib4.name', { ns: 'explain' })}</h3>
          <p className="fib4-value">
            {/* Truncated, never rounded (§3.9); an unreliable score gets no band word. */}
            {fib4.reliable
              ? t('results.fib4Value', { value: truncateFib4(fib4.value), band: t(`fib4.bands.${fib4.band}`, { ns: 'explain' }) })
              : t('results.fib4Unreliable', { value: truncateFib4(fib4.value) })}
          </p>
          <p>{t('fib4.what', { ns: 'explain' })}</p>
          <p>{t('fib4.limits', { ns: 'explain' })}</p>
          {over.length > 1 && (
            <table className="fib4-over">
              <caption>{t('results.fib4Over')}</caption>
              <tbody>
                {over.map(({ column, f }) => (
                  <tr key={column}>
                    <th scope="row">{t(`trend.columns.${column}`)}</th>
                    <td>{score(f)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <details className="fib4-how">
            <summary>{t('fib4.howTitle', { ns: 'explain' })}</summary>
            <p>{t('fib4.formula', { ns: 'explain' })}</p>
          </details>
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
