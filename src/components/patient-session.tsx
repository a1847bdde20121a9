import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clinic } from '../clinic/clinic-config';
import { checkForm, type FormTexts } from '../input/check-form';
import { DEFAULT_UNITS, FIELD_IDS, type FieldId, type UnitChoice, type UnitId } from '../input/fields';
import { unitsAfterTyping } from '../input/form-units';
import { DEMO_CASES, type DemoCase } from '../reception/demo-cases';
import { useIdleClear } from '../reception/use-idle-clear';
import { interpret } from '../rules';
import { ClinicCard } from './clinic-card';
import { DemoCases } from './demo-cases';
import { readEarlyInput, type EarlyInput } from './early-input';
import { IdleCountdown } from './idle-countdown';
import { LabForm } from './lab-form';
import { PrintSummary } from './print-summary';
import { usePrinting } from './use-printing';
import { Results } from './results';
import { Summary } from './summary';

const EMPTY_TEXTS: FormTexts = { ast: '', alt: '', ggt: '', albumin: '', platelets: '', age: '' };

interface PatientSessionProps {
  reception: boolean;
  idleSeconds: number;
  clinic: Clinic | undefined;
  focusOnStart: boolean;
  onClear: () => void;
  /** Read from the prerendered form before the app started (main.tsx). */
  early?: EarlyInput | undefined;
  /** The first session after start: adopt what is in the form (typed before or during hydration). */
  readEarly?: boolean;
}

/** Everything of one patient: what was typed, and all that is derived from it. */
export function PatientSession({ reception, idleSeconds, clinic, focusOnStart, onClear, early, readEarly = false }: PatientSessionProps) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<FormTexts>(EMPTY_TEXTS);
  const [units, setUnits] = useState<UnitChoice>(DEFAULT_UNITS);
  const [demo, setDemo] = useState<DemoCase['id'] | undefined>(undefined);
  const formRef = useRef<HTMLDivElement>(null);

  // One way: typed text → input checks → rules → what is drawn.
  const form = useMemo(() => checkForm(texts, units), [texts, units]);
  const interpretation = useMemo(() => interpret(form.values), [form.values]);
  // The summary follows each keystroke at once; the detailed cards follow a moment later, in a
  // render React may interrupt, so typing never waits for them.
  const details = useDeferredValue(interpretation);
  const detailValues = useDeferredValue(form.values);
  const hasValues = Object.keys(form.values).some((key) => key !== 'age');
  const hasData = FIELD_IDS.some((field) => texts[field] !== '') || units !== DEFAULT_UNITS;
  const countdown = useIdleClear(reception, hasData, idleSeconds, onClear);
  const shownDemo = DEMO_CASES.find((c) => c.id === demo && c.texts === texts && c.units === units);

  useEffect(() => {
    if (focusOnStart) formRef.current?.querySelector('input')?.focus();
  }, [focusOnStart]);

  // Whatever is in the boxes when the app starts is read as if typed now: typed into the
  // prerendered form before React took over (kept in the DOM by hydration), or carried over by
  // main.tsx where the page is drawn anew (reception mode).
  useEffect(() => {
    if (!readEarly) return;
    const inForm = readEarlyInput(formRef.current);
    if (!inForm && !early) return;
    const texts = { ...EMPTY_TEXTS };
    for (const field of FIELD_IDS) texts[field] = inForm?.texts[field] || early?.texts[field] || '';
    const units = inForm && inForm.units !== DEFAULT_UNITS ? inForm.units : (early?.units ?? DEFAULT_UNITS);
    setTexts(texts);
    setUnits(units);
    // Redrawn (reception mode): the box being typed in keeps the focus, the caret at the end.
    const input = early?.focused && !inForm ? formRef.current?.querySelector<HTMLInputElement>(`input[name="${early.focused}"]`) : null;
    if (input) {
      input.focus();
      requestAnimationFrame(() => input.setSelectionRange(input.value.length, input.value.length));
    }
  }, [readEarly, early]);

  // Stable callbacks, so that memoised fields and cards skip the renders that do not concern them.
  const onTextChange = useCallback((field: FieldId, text: string) => {
    setTexts((prev) => ({ ...prev, [field]: text }));
    // A unit written in the text (`42 g/L`, `23.5万`) selects that unit; the text stays as typed.
    setUnits((prev) => unitsAfterTyping(prev, field, text));
  }, []);
  const onUnitChange = useCallback((field: FieldId, unit: UnitId) => setUnits((prev) => ({ ...prev, [field]: unit })), []);
  const onDemo = useCallback((c: DemoCase) => {
    setTexts(c.texts);
    setUnits(c.units);
    setDemo(c.id);
  }, []);
  const printing = usePrinting();
  // The same elements until the language changes: React skips them on each keystroke.
  const notes = useMemo(
    () => (
      <>
        <p className="disclaimer">{t('disclaimer')}</p>
        <p className="privacy">{t('privacy')}</p>
      </>
    ),
    [t],
  );
  const printButton = useMemo(
    () => (
      <button type="button" className="secondary print-button" onClick={() => window.print()}>
        {t('print.button')}
      </button>
    ),
    [t],
  );

  return (
    <>
      <main className="layout screen-only">
        <div className="layout-summary">
          <Summary urgency={hasValues ? interpretation.urgency : undefined} leftOut={form.invalid} demo={shownDemo?.id} />
          {hasValues && interpretation.seeHepatologist && clinic && <ClinicCard clinic={clinic} />}
          {hasValues && printButton}
          {notes}
        </div>
        <div className="layout-form" ref={formRef}>
          <LabForm
            texts={texts}
            units={units}
            checks={form.checks}
            onTextChange={onTextChange}
            onUnitChange={onUnitChange}
          />
          <DemoCases onPick={onDemo} />
        </div>
        <div className="layout-details">
          <Results values={detailValues} interpretation={details} />
        </div>
      </main>
      {hasValues && printing && <PrintSummary values={form.values} interpretation={interpretation} />}
      {countdown !== undefined && <IdleCountdown seconds={countdown} />}
    </>
  );
}
