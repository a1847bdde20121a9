import { useTranslation } from 'react-i18next';
import type { SourceId } from '../rules';

/** The sources behind a statement: title (linked where a stable address exists), publisher, year. */
export function SourceRefs({ ids }: { ids: readonly SourceId[] }) {
  const { t, i18n } = useTranslation('sources');
  if (ids.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources-label">{t('results.sources', { ns: 'common' })}: </span>
      {ids.map((id, index) => {
        const url = i18n.exists(`${id}.url`, { ns: 'sources' }) ? t(`${id}.url` as `jsnd.title`) : undefined;
        const title = t(`${id}.title`);
        return (
          <span key={id} className="source">
            {index > 0 && '; '}
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              title
            )}
            {`, ${t(`${id}.publisher`)}, ${t(`${id}.year`)}`}
          </span>
        );
      })}
    </p>
  );
}
