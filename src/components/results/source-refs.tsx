import { useTranslation } from 'react-i18next';
import type { SourceId } from '../../rules';
import { Mixed } from '../../i18n/lang-runs';

/**
 * The sources behind a statement: title (linked where a stable address exists), publisher, year,
 * and a source's note where it has one (the albumin method under Child–Pugh). Behind a small
 * disclosure, so that the explanation itself comes first; open, it is as large as the text.
 */
export function SourceRefs({ ids }: { ids: readonly SourceId[] }) {
  const { t, i18n } = useTranslation('sources');
  if (ids.length === 0) return null;
  const has = (id: SourceId, field: 'url' | 'note') => i18n.exists(`${id}.${field}`, { ns: 'sources' });
  const notes = ids.filter((id) => has(id, 'note'));
  return (
    <details className="sources">
      <summary>
        {t('results.sourcesCount', { ns: 'common', count: ids.length })}
      </summary>
      <p>
        {ids.map((id, index) => {
          const url = has(id, 'url') ? t(`${id}.url` as 'jsnd.url') : undefined;
          const title = t(`${id}.title`);
          return (
            <span key={id} className="source">
              {index > 0 && '; '}
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  <Mixed>{title}</Mixed>
                </a>
              ) : (
                <Mixed>{title}</Mixed>
              )}
              {`, ${t(`${id}.publisher`)}, ${t(`${id}.year`)}`}
              {has(id, 'note') && <sup aria-hidden="true">*</sup>}
            </span>
          );
        })}
      </p>
      {notes.map((id) => (
        <p key={id} className="source-note">
          * {t(`${id}.note` as 'childPugh.note')}
        </p>
      ))}
    </details>
  );
}
