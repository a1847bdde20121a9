import { useTranslation } from 'react-i18next';
import type { Finding } from '../rules';
import { SourceRefs } from './source-refs';

/** One finding in words, with the sources it rests on. */
export function FindingItem({ finding }: { finding: Finding }) {
  const { t } = useTranslation('explain');
  return (
    <li className={`finding level-${finding.urgency}`}>
      <p>{t(`findings.${finding.id}`, { ...finding.params })}</p>
      <SourceRefs ids={finding.sources} />
    </li>
  );
}
