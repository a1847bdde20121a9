import { useTranslation } from 'react-i18next';
import type { Finding } from '../../rules';
import { findingText } from './finding-text';
import { SourceRefs } from './source-refs';

/** One finding in words, with the sources it rests on. */
export function FindingItem({ finding }: { finding: Finding }) {
  const { t } = useTranslation('explain');
  return (
    <li className={`finding level-${finding.urgency}`}>
      <p>{findingText(t, finding)}</p>
      <SourceRefs ids={finding.sources} />
    </li>
  );
}
