// The reading dialog: paste box or reading progress, then the confirmation of every value.
// Nothing reaches the form until "Use these values"; nothing is stored or sent.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSnapshot } from '../components/form/use-patient-form';
import type { ContextChoice } from '../input/context-choice';
import type { AlbuminUnit, PlateletUnit } from '../input/fields';
import { hasLiverRows, parseReportText, REPORT_FIELDS, type ReportField, type ReportReading } from '../input/report-text';
import { checkPhotoFile, MAX_PHOTO_MB, type PhotoStage } from './photo-file';
import { draftOf, snapshotOf, type ImportDraft } from './to-snapshot';

export type ImportRequest = { kind: 'paste' } | { kind: 'photo'; file: File };

export interface ImportDialogProps {
  request: ImportRequest;
  choice: ContextChoice;
  onUse: (snapshot: SessionSnapshot) => void;
  onClose: () => void;
}

type MessageKey = 'noRows' | 'notImage' | 'tooLarge' | 'failed';
type Phase =
  | { kind: 'paste'; error?: 'noText' | 'noRows' }
  | { kind: 'reading'; stage: PhotoStage; progress: number }
  | { kind: 'confirm'; reading: ReportReading; draft: ImportDraft }
  | { kind: 'message'; key: MessageKey; size?: number };

const COLUMN_KEYS = ['current', 'previous', 'beforePrevious'] as const;
const PLATELET_UNITS: PlateletUnit[] = ['e4PerUl', 'e3PerUl', 'perUl'];
const ALBUMIN_UNITS: AlbuminUnit[] = ['gPerDl', 'gPerL'];

function initialPhase(request: ImportRequest): Phase {
  if (request.kind === 'paste') return { kind: 'paste' };
  const problem = checkPhotoFile(request.file);
  if (problem) return { kind: 'message', ...problem };
  return { kind: 'reading', stage: 'load', progress: 0 };
}

export function ImportDialog({ request, choice, onUse, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [phase, setPhase] = useState<Phase>(() => initialPhase(request));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // Reading a photo: loaded on first use, cancelled by Cancel, Escape or closing.
  useEffect(() => {
    if (request.kind !== 'photo' || checkPhotoFile(request.file)) return;
    const controller = new AbortController();
    void (async () => {
      try {
        const { readPhoto } = await import('./read-photo');
        const reading = await readPhoto(request.file, {
          signal: controller.signal,
          // The photo control's container: it leaves the page when the session is cleared.
          owner: ref.current?.parentElement,
          onProgress: (stage, progress) => setPhase({ kind: 'reading', stage, progress }),
        });
        if (controller.signal.aborted) return;
        setPhase(hasLiverRows(reading) ? { kind: 'confirm', reading, draft: draftOf(reading) } : { kind: 'message', key: 'noRows' });
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn('Reading the photo failed:', error);
        setPhase({ kind: 'message', key: 'failed' });
      }
    })();
    return () => controller.abort();
  }, [request]);

  const title = t(`import.title.${phase.kind}`);
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {phase.kind === 'paste' && (
        <PasteStep
          error={phase.error}
          onRead={(text) => {
            if (text.trim() === '') return setPhase({ kind: 'paste', error: 'noText' });
            const reading = parseReportText(text);
            setPhase(hasLiverRows(reading) ? { kind: 'confirm', reading, draft: draftOf(reading) } : { kind: 'paste', error: 'noRows' });
          }}
          onCancel={onClose}
        />
      )}
      {phase.kind === 'reading' && (
        <div className="import-reading">
          <p id={`${titleId}-stage`} aria-live="polite">
            {t(`import.stage.${phase.stage}`)}
          </p>
          <progress aria-label={t('import.progress')} aria-describedby={`${titleId}-stage`} max={1} value={phase.progress} />
          <div className="import-actions">
            <button type="button" className="secondary" onClick={onClose} autoFocus>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'message' && (
        <div>
          <p role="alert" className="import-message">
            {t(`import.errors.${phase.key}`, { size: phase.size, max: MAX_PHOTO_MB })}
          </p>
          <div className="import-actions">
            <button type="button" onClick={onClose} autoFocus>
              {t('import.close')}
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'confirm' && (
        <ConfirmStep
          reading={phase.reading}
          draft={phase.draft}
          onChange={(draft) => setPhase({ ...phase, draft })}
          onUse={() => {
            onUse(snapshotOf(phase.draft, choice));
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </dialog>
  );
}

function PasteStep({ error, onRead, onCancel }: { error: 'noText' | 'noRows' | undefined; onRead: (text: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRead(text);
  };
  return (
    <form onSubmit={submit}>
      <p className="hint" id={`${id}-hint`}>
        {t('import.pasteHint')}
      </p>
      <label htmlFor={id}>{t('import.pasteLabel')}</label>
      <textarea
        id={id}
        className="import-paste"
        rows={8}
        value={text}
        autoFocus
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => setText(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="import-message">
          {t(error === 'noText' ? 'import.errors.noText' : 'import.errors.noRows')}
        </p>
      )}
      <div className="import-actions">
        <button type="submit">{t('import.readText')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}

interface ConfirmStepProps {
  reading: ReportReading;
  draft: ImportDraft;
  onChange: (draft: ImportDraft) => void;
  onUse: () => void;
  onCancel: () => void;
}

function ConfirmStep({ reading, draft, onChange, onUse, onCancel }: ConfirmStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const columns = COLUMN_KEYS.slice(0, draft.columnCount);
  const setCell = (field: ReportField, column: number, text: string) =>
    onChange({ ...draft, cells: { ...draft.cells, [field]: draft.cells[field].map((v, i) => (i === column ? text : v)) } });
  const unsureMark = (
    <span className="import-unsure" aria-hidden="true">
      {t('import.unsure')}
    </span>
  );
  const isUnsure = (field: ReportField, column: number) => {
    const cell = reading.rows[field]?.cells[column];
    return cell !== undefined && !cell.sure && draft.cells[field][column] === '';
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onUse();
      }}
    >
      <p className="hint">{t('import.confirmHint')}</p>
      <span hidden id={`${id}-unsure-label`}>
        {t('import.unsureLabel')}
      </span>
      {reading.order === 'unknown' && draft.columnCount > 1 && <p className="import-message">{t('import.orderUnknown')}</p>}
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('import.item')}</th>
              <th scope="col">{t('import.printedAs')}</th>
              {columns.map((key) => (
                <th scope="col" key={key}>
                  {t(`import.columns.${key}`)}
                </th>
              ))}
              <th scope="col">{t('import.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {REPORT_FIELDS.map((field) => {
              const name = t(`fields.${field}`);
              const row = reading.rows[field];
              return (
                <tr key={field}>
                  <th scope="row">{name}</th>
                  <td className="import-printed">{row ? <span lang="ja">{row.label}</span> : <span className="hint">{t('import.notFound')}</span>}</td>
                  {columns.map((key, column) => {
                    const unsure = isUnsure(field, column);
                    return (
                      <td key={key} className={unsure ? 'import-cell unsure' : 'import-cell'}>
                        <input
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={t('import.cell', { name, column: t(`import.columns.${key}`) })}
                          aria-describedby={unsure ? `${id}-unsure-label` : undefined}
                          value={draft.cells[field][column] ?? ''}
                          onChange={(event) => setCell(field, column, event.target.value)}
                        />
                        {unsure && unsureMark}
                      </td>
                    );
                  })}
                  <td>
                    {field === 'platelets' || field === 'albumin' ? (
                      <select
                        aria-label={t('import.unitOf', { name })}
                        value={draft.units[field]}
                        onChange={(event) =>
                          onChange({ ...draft, units: { ...draft.units, [field]: event.target.value as PlateletUnit & AlbuminUnit } })
                        }
                      >
                        {(field === 'platelets' ? PLATELET_UNITS : ALBUMIN_UNITS).map((unit) => (
                          <option key={unit} value={unit}>
                            {t(`units.${unit}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t('units.uPerL')
                    )}
                  </td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">{t('fields.age')}</th>
              <td className="import-printed">{reading.age ? <span lang="ja">{reading.age.label}</span> : <span className="hint">{t('import.notFound')}</span>}</td>
              <td className={reading.age && !reading.age.sure && draft.age === '' ? 'import-cell unsure' : 'import-cell'}>
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  aria-label={t('import.cell', { name: t('fields.age'), column: t('import.columns.current') })}
                  aria-describedby={reading.age && !reading.age.sure && draft.age === '' ? `${id}-unsure-label` : undefined}
                  value={draft.age}
                  onChange={(event) => onChange({ ...draft, age: event.target.value })}
                />
                {reading.age && !reading.age.sure && draft.age === '' && unsureMark}
              </td>
              {columns.slice(1).map((key) => (
                <td key={key} />
              ))}
              <td>{t('units.years')}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="import-actions">
        <button type="submit">{t('import.use')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
