import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyEarlierColumns } from '../lazy-parts';
import type { EarlierColumnsProps } from './earlier-columns';
import { Mixed } from '../../i18n/lang-runs';

interface EarlierCheckupsProps extends EarlierColumnsProps {
  open: boolean;
  onToggle: () => void;
}

/**
 * The report's 前回 and 前々回 columns. Opens below today's values; on wide screens the two
 * columns stand side by side. Units follow today's row (one unit choice per analyte).
 */
export const EarlierCheckups = memo(function EarlierCheckups(props: EarlierCheckupsProps) {
  const { open, onToggle, ...columnProps } = props;
  const { t } = useTranslation();
  const regionId = useId();
  return (
    <section className="earlier" aria-labelledby={`${regionId}-title`}>
      <h3 id={`${regionId}-title`} className="earlier-title">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={regionId} onClick={onToggle}>
          <span aria-hidden="true" className="disclosure-icon">
            {open ? '−' : '+'}
          </span>
          {t('earlier.toggle')}
        </button>
      </h3>
      <div id={regionId} hidden={!open} className="earlier-columns">
        <p className="hint">
          <Mixed>{t('earlier.intro')}</Mixed>
        </p>
        {open && <LazyEarlierColumns {...columnProps} />}
      </div>
    </section>
  );
});

