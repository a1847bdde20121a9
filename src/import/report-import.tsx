// The two controls beside the form: read from a photo, paste text. Tiny on purpose: the dialog,
// the parser and the reader are loaded only when one of them is used.
import { memo, useCallback, useRef, useState, type ChangeEvent, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSnapshot } from '../components/form/use-patient-form';
import type { ContextChoice } from '../input/context-choice';
import type { ImportDialogProps, ImportRequest } from './import-dialog';
import './import.css';

interface ReportImportProps {
  /** Called only with values the person confirmed. */
  onUse: (snapshot: SessionSnapshot) => void;
  /** Kept as chosen: a report reading does not touch the hepatitis and ultrasound answers. */
  choice: ContextChoice;
}

/** Memoised: a keystroke in the form does not concern it. */
export const ReportImport = memo(function ReportImport({ onUse, choice }: ReportImportProps) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<ImportRequest>();
  const [Dialog, setDialog] = useState<ComponentType<ImportDialogProps>>();
  const returnFocus = useRef<HTMLElement | null>(null);

  const open = useCallback((next: ImportRequest, from: HTMLElement | null) => {
    returnFocus.current = from;
    void import('./import-dialog').then((module) => {
      setDialog(() => module.ImportDialog);
      setRequest(next);
    });
  }, []);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // the same photo can be chosen again
    if (file) open({ kind: 'photo', file }, input);
  };

  const close = useCallback(() => {
    setRequest(undefined);
    const target = returnFocus.current;
    if (target) requestAnimationFrame(() => target.focus());
  }, []);

  return (
    <div className="report-import">
      <div className="report-import-controls">
        <label className="report-import-photo">
          <input type="file" accept="image/*" className="report-import-file" onChange={onFile} />
          {/* Drawn, not an emoji: some devices have no emoji font. */}
          <svg className="report-import-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M9 3 7.2 5H4a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-3.2L15 3H9zm3 5a5 5 0 1 1 0 10 5 5 0 0 1 0-10zm0 2a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"
            />
          </svg>
          {t('import.photo')}
        </label>
        <button type="button" className="secondary" onClick={(event) => open({ kind: 'paste' }, event.currentTarget)}>
          {t('import.paste')}
        </button>
      </div>
      <p className="hint">{t('import.hint')}</p>
      {request && Dialog && <Dialog request={request} choice={choice} onUse={onUse} onClose={close} />}
    </div>
  );
});
