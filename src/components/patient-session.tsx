import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clinic } from '../clinic/clinic-config';
import { checkForm, type FormTexts } from '../input/check-form';
import { checkEarlier, EMPTY_EARLIER, type EarlierFieldId, type EarlierTexts } from '../input/earlier';
import { DEFAULT_UNITS, FIELD_IDS, type FieldId, type UnitChoice, type UnitId } from '../input/fields';
import { DEMO_CASES, type DemoCase } from '../reception/demo-cases';
import { useIdleClear } from '../reception/use-idle-clear';
import { interpret, type CheckupContext } from '../rules';
import { ContextInputs, EMPTY_CONTEXT, type ContextChoice } from './form/context-inputs';
import { EarlierCheckups } from './form/earlier-checkups';
import { ClinicCard } from './clinic-card';
import { DemoCases } from './demo-cases';
import { IdleCountdown } from './idle-countdown';
import { LabForm } from './lab-form';
import { PrintSummary } from './print-summary';
import { usePrinting } from './use-printing';
import { Results } from './results';
import { Summary } from './summary';

const EMPTY_TEXTS: FormTexts = { ast: '', alt: '', ggt: '', albumin: '', platelets: '', age: '' };
const NO_EARLIER: readonly EarlierTexts[] = [EMPTY_EARLIER, EMPTY_EARLIER];

/** Everything typed or chosen for one patient: what an undo restores and a shared link fills. */
export interface SessionSnapshot {
  texts: FormTexts;
  units: UnitChoice;
  earlierTexts: readonly EarlierTexts[];
  earlierOpen: boolean;
  choice: ContextChoice;
}

interface PatientSessionProps {
  /** What to start from (an undone clear); empty otherwise. */
  initial?: SessionSnapshot | undefined;
  /** Kept up to date with what is typed, so that a clear can be undone for a few seconds. */
  snapshotRef?: { current: SessionSnapshot | undefined };
  reception: boolean;
  idleSeconds: number;
  clinic: Clinic | undefined;
  focusOnStart: boolean;
  onClear: () => void;
}

/** Everything of one patient: what was typed, and all that is derived from it. */
export function PatientSession({ initial, snapshotRef, reception, idleSeconds, clinic, focusOnStart, onClear }: PatientSessionProps) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<FormTexts>(initial?.texts ?? EMPTY_TEXTS);
  const [units, setUnits] = useState<UnitChoice>(initial?.units ?? DEFAULT_UNITS);
  const [demo, setDemo] = useState<DemoCase['id'] | undefined>(undefined);
  const [earlierTexts, setEarlierTexts] = useState<readonly EarlierTexts[]>(initial?.earlierTexts ?? NO_EARLIER);
  const [earlierOpen, setEarlierOpen] = useState(initial?.earlierOpen ?? false);
  const [choice, setChoice] = useState<ContextChoice>(initial?.choice ?? EMPTY_CONTEXT);
  useEffect(() => {
    if (snapshotRef) snapshotRef.current = { texts, units, earlierTexts, earlierOpen, choice };
  }, [snapshotRef, texts, units, earlierTexts, earlierOpen, choice]);
  const formRef = useRef<HTMLDivElement>(null);

  // One way: typed text → input checks → rules → what is drawn.
  const form = useMemo(() => checkForm(texts, units), [texts, units]);
  const earlier = useMemo(() => checkEarlier(earlierTexts, units, form.values.age, new Date()), [earlierTexts, units, form.values.age]);
  const context = useMemo<CheckupContext>(
    () => ({
      ...(choice.hbsAg !== 'unknown' ? { hbsAg: choice.hbsAg } : {}),
      ...(choice.hcvAb !== 'unknown' ? { hcvAb: choice.hcvAb } : {}),
      ...(choice.ultrasound !== 'unknown' ? { ultrasound: choice.ultrasound } : {}),
      earlier: earlier.map((column) => column.values),
    }),
    [choice, earlier],
  );
  const interpretation = useMemo(() => interpret(form.values, context), [form.values, context]);
  // The summary follows each keystroke at once; the detailed cards follow a moment later, in a
  // render React may interrupt, so typing never waits for them.
  const details = useDeferredValue(interpretation);
  const detailValues = useDeferredValue(form.values);
  // Something to judge: a value of today's, a marker or the ultrasound (age alone says nothing).
  const hasValues = Object.keys(form.values).some((key) => key !== 'age') || choice.hbsAg !== 'unknown' || choice.hcvAb !== 'unknown' || choice.ultrasound !== 'unknown';
  const hasData =
    FIELD_IDS.some((field) => texts[field] !== '') ||
    units !== DEFAULT_UNITS ||
    choice !== EMPTY_CONTEXT ||
    earlierTexts.some((column) => column.date !== '' || Object.values(column.values).some((text) => text !== ''));
  const countdown = useIdleClear(reception, hasData, idleSeconds, onClear);
  const shownDemo = DEMO_CASES.find((c) => c.id === demo && c.texts === texts && c.units === units);

  useEffect(() => {
    if (focusOnStart) formRef.current?.querySelector('input')?.focus();
  }, [focusOnStart]);

  // Stable callbacks, so that memoised fields and cards skip the renders that do not concern them.
  const onTextChange = useCallback((field: FieldId, text: string) => setTexts((prev) => ({ ...prev, [field]: text })), []);
  const onUnitChange = useCallback((field: FieldId, unit: UnitId) => setUnits((prev) => ({ ...prev, [field]: unit })), []);
  const onEarlierText = useCallback(
    (column: number, field: EarlierFieldId, text: string) =>
      setEarlierTexts((prev) => prev.map((c, i) => (i === column ? { ...c, values: { ...c.values, [field]: text } } : c))),
    [],
  );
  const onEarlierDate = useCallback(
    (column: number, date: string) => setEarlierTexts((prev) => prev.map((c, i) => (i === column ? { ...c, date } : c))),
    [],
  );
  const onToggleEarlier = useCallback(() => setEarlierOpen((open) => !open), []);
  const onChoice = useCallback(<K extends keyof ContextChoice>(key: K, value: ContextChoice[K]) => setChoice((prev) => ({ ...prev, [key]: value })), []);
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
          <EarlierCheckups
            open={earlierOpen}
            onToggle={onToggleEarlier}
            columns={earlierTexts}
            checks={earlier}
            units={units}
            todayAgeGiven={form.values.age !== undefined}
            onTextChange={onEarlierText}
            onDateChange={onEarlierDate}
            onUnitChange={onUnitChange}
          />
          <ContextInputs choice={choice} onChange={onChoice} />
          <DemoCases onPick={onDemo} />
        </div>
        <div className="layout-details">
          <Results values={detailValues} interpretation={details} />
        </div>
      </main>
      {hasValues && printing && (
        <PrintSummary values={form.values} interpretation={interpretation} earlier={context.earlier ?? []} choice={choice} />
      )}
      {countdown !== undefined && <IdleCountdown seconds={countdown} />}
    </>
  );
}
