import { useTranslation } from 'react-i18next';
import type { Finding } from '../../rules';
import { findingText } from './finding-text';
import { SourceRefs } from './source-refs';
import { Mixed } from '../../i18n/lang-runs';

/** One finding in words, with the sources it rests on. */
export function FindingItem({ finding }: { finding: Finding }) {
  const { t } = useTranslation('explain');
  return (
    <li className={`finding level-${finding.urgency}`}>
      <p>
        <Mixed>{findingText(t, finding)}</Mixed>
      </p>
      <SourceRefs ids={finding.sources} />
    </li>
  );
}
