import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clinic } from '../clinic/clinic-config';
import { checkForm } from '../input/check-form';
import { hasChoice, toContext } from '../input/context-choice';
import { checkField } from '../input/check-field';
import { checkEarlier, EARLIER_FIELD_IDS } from '../input/earlier';
import { DEFAULT_UNITS, FIELD_IDS, type FieldId, type UnitChoice } from '../input/fields';
import { unitOf } from '../input/form-units';
import { useIdleClear } from '../reception/use-idle-clear';
import { ANALYTES, type LabValues } from '../rules/types';
import { useRules } from './use-rules';
import { ContextInputs } from './form/context-inputs';
import { EarlierCheckups } from './form/earlier-checkups';
import { DemoCases, ExampleBanner } from './form/demo-cases';
import { EMPTY_SESSION, hasData, usePatientForm, type SessionSnapshot } from './form/use-patient-form';
import { readEarlyInput, type EarlyInput } from './form/early-input';
import { LabForm } from './form/lab-form';
import { useWideForm } from './form/use-wide-form';
import { useTableParts } from './form/use-table-parts';
import { LazyClinicCard, LazyIdleCountdown, LazyPrintSummary, LazyResults, LazyTakeAwayActions } from './lazy-parts';
import { LevelBar } from './results/level-bar';
import { LevelAnnouncer, showSummary } from './results/level-announcer';
import { Summary, type LeftOut } from './results/summary';
import { ReportImport } from '../import/report-import';


const NO_EARLIER: readonly LabValues[] = [];

/** The pause after the last key at which a value that looks complete counts as typed. */
const JUDGE_AFTER_MS = 1200;

/**
 * Whether a pause may judge this text: a value that is refused or extreme as it stands ("2" on the
 * way to 23.5 platelets, "6" on the way to 66 years) waits for the field to be left or Enter.
 */
function looksComplete(field: FieldId, text: string, units: UnitChoice): boolean {
  const check = checkField(field, text, unitOf(field, units));
  return check.status === 'empty' || (check.status === 'valid' && check.extreme === undefined);
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
  /** Read from the prerendered form before the app started (main.tsx). */
  early?: EarlyInput | undefined;
  /** The first session after start: adopt what is in the form (typed before or during hydration). */
  readEarly?: boolean;
}

/** Everything of one patient: what was typed, and all that is derived from it. */
export function PatientSession({
  initial,
  snapshotRef,
  reception,
  idleSeconds,
  clinic,
  focusOnStart,
  onClear,
  early,
  readEarly = false,
}: PatientSessionProps) {
  const { t } = useTranslation();
  const { state, actions } = usePatientForm(initial);
  const { texts, units, earlierTexts, earlierOpen, choice, demo, judged } = state;
  // A field is judged when it is complete: left, Enter, or this long after the last key. Until
  // then nothing flashes a level or a "too low" for the first digits of a value.
  useEffect(() => {
    if (judged.texts === texts && judged.earlierTexts === earlierTexts) return;
    const changed = [
      ...FIELD_IDS.filter((f) => texts[f] !== judged.texts[f]).map((f) => [f, texts[f]] as const),
      ...earlierTexts.flatMap((column, i) =>
        EARLIER_FIELD_IDS.filter((f) => column.values[f] !== judged.earlierTexts[i]?.values[f]).map((f) => [f, column.values[f]] as const),
      ),
    ];
    if (!changed.every(([field, text]) => looksComplete(field, text, units))) return;
    const timer = window.setTimeout(actions.judge, JUDGE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [texts, earlierTexts, judged, units, actions]);
  useEffect(() => {
    if (snapshotRef) snapshotRef.current = { texts, units, earlierTexts, earlierOpen, choice };
  }, [snapshotRef, texts, units, earlierTexts, earlierOpen, choice]);
  const formRef = useRef<HTMLDivElement>(null);

  // One way: typed text → input checks → rules → what is drawn.
  const form = useMemo(() => checkForm(judged.texts, units), [judged.texts, units]);
  const earlier = useMemo(
    () => checkEarlier(judged.earlierTexts, units, form.values.age, new Date()),
    [judged.earlierTexts, units, form.values.age],
  );
  const context = useMemo(() => toContext(choice, earlier.map((column) => column.values)), [choice, earlier]);
  const leftOut = useMemo<LeftOut[]>(
    () => [
      ...form.invalid.map((field) => ({ field })),
      ...earlier.flatMap((column, index) => [
        ...column.invalid.map((field) => ({ column: index, field })),
        ...(column.date.status === 'invalid' ? [{ column: index, field: 'date' as const }] : []),
      ]),
    ],
    [form.invalid, earlier],
  );
  // Carried in the shared link and the printed QR code, so the phone works out the same ages.
  const earlierDates = useMemo(() => earlier.map(({ date }) => (date.status === 'valid' ? date : undefined)), [earlier]);
  // Something to judge: a value of today's, a marker or the ultrasound (age alone says nothing).
  const hasValues = Object.keys(form.values).some((key) => key !== 'age') || hasChoice(choice);
  const interpret = useRules(hasData(state));
  // undefined while there is nothing to judge (or the rules are still on their way).
  const interpretation = useMemo(
    () => (interpret && hasValues ? interpret(form.values, context) : undefined),
    [interpret, hasValues, form.values, context],
  );
  // The summary follows at once; the detailed cards follow a moment later, in a render React may
  // interrupt, so nothing ever waits for them.
  const details = useDeferredValue(interpretation);
  const detailValues = useDeferredValue(form.values);
  const detailEarlier = useDeferredValue(context.earlier ?? NO_EARLIER);
  const hasDetails = ANALYTES.some((a) => detailValues[a] !== undefined);
  const countdown = useIdleClear(reception, hasData(state), idleSeconds, onClear);

  useEffect(() => {
    // The page is back at its top (a clear scrolls there) and AST is on its first screen: focusing
    // it must not scroll the page.
    if (focusOnStart) formRef.current?.querySelector<HTMLInputElement>(`#field-${FIELD_IDS[0]}`)?.focus({ preventScroll: true });
  }, [focusOnStart]);

  // Whatever is in the boxes when the app starts is read as if typed now: typed into the
  // prerendered form before React took over (kept in the DOM by hydration), or carried over by
  // main.tsx where the page is drawn anew (reception mode).
  useEffect(() => {
    if (!readEarly) return;
    const inForm = readEarlyInput(formRef.current);
    if (!inForm && !early) return;
    const texts = { ...EMPTY_SESSION.texts };
    for (const field of FIELD_IDS) texts[field] = inForm?.texts[field] || early?.texts[field] || '';
    const units = inForm && inForm.units !== DEFAULT_UNITS ? inForm.units : (early?.units ?? DEFAULT_UNITS);
    actions.replaceAll({ ...EMPTY_SESSION, texts, units });
    // Redrawn (reception mode): the box being typed in keeps the focus, the caret at the end.
    const input = early?.focused && !inForm ? formRef.current?.querySelector<HTMLInputElement>(`input[name="${early.focused}"]`) : null;
    if (input) {
      input.focus();
      requestAnimationFrame(() => input.setSelectionRange(input.value.length, input.value.length));
    }
  }, [readEarly, early, actions]);

  // Stable callbacks, so that memoised fields and cards skip the renders that do not concern them.
  const onTextChange = actions.setText;
  const onUnitChange = actions.setUnit;
  const typed = hasData(state) && demo === undefined;
  // Tablets and desktop: 前回 and 前々回 are columns of today's table; phones open them below.
  const wide = useWideForm();
  const parts = useTableParts(wide);
  const todayAgeGiven = form.values.age !== undefined;
  const table = useMemo(
    () =>
      parts
        ? { parts, columns: earlierTexts, checks: earlier, todayAgeGiven, onTextChange: actions.setEarlierText, onDateChange: actions.setEarlierDate }
        : undefined,
    [parts, earlierTexts, earlier, todayAgeGiven, actions],
  );
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
  return (
    <>
      {/* The form comes first, in the page and in the tab order; on wide screens the summary stands beside it. */}
      <main className="layout screen-only">
        <div
          className="layout-form"
          ref={formRef}
          onKeyDownCapture={actions.clearDemoBeforeKey}
          onKeyDown={(event) => event.key === 'Enter' && actions.judge()}
          onBlur={actions.judge}
        >
          <ReportImport onUse={actions.replaceAll} choice={choice} />
          {demo && <ExampleBanner demo={demo} />}
          <LabForm
            texts={texts}
            units={units}
            checks={form.checks}
            onTextChange={onTextChange}
            onUnitChange={onUnitChange}
            table={table}
          />
          {!wide && (
            <EarlierCheckups
              open={earlierOpen}
              onToggle={actions.toggleEarlier}
              columns={earlierTexts}
              checks={earlier}
              units={units}
              todayAgeGiven={todayAgeGiven}
              onTextChange={actions.setEarlierText}
              onDateChange={actions.setEarlierDate}
              onUnitChange={onUnitChange}
            />
          )}
          <ContextInputs choice={choice} onChange={actions.setChoice} />
          <div className="see-result">
            <button
              type="button"
              onClick={() => {
                actions.judge();
                showSummary();
              }}
            >
              {t('summary.see')}
            </button>
          </div>
          {reception && <DemoCases reception typed={typed} onPick={actions.loadDemo} />}
        </div>
        <div className="layout-summary">
          <Summary
            urgency={interpretation?.urgency}
            seeHepatologist={interpretation?.seeHepatologist ?? false}
            leftOut={leftOut}
            demo={demo}
          />
          {interpretation?.seeHepatologist && clinic && <LazyClinicCard clinic={clinic} />}
          {interpretation && (
            <LazyTakeAwayActions
              values={form.values}
              earlier={context.earlier ?? NO_EARLIER}
              earlierDates={earlierDates}
              choice={choice}
              interpretation={interpretation}
            />
          )}
          {notes}
        </div>
        <div className="layout-details">
          {hasDetails && details && <LazyResults values={detailValues} earlier={detailEarlier} interpretation={details} />}
        </div>
        {!reception && <DemoCases reception={false} typed={typed} onPick={actions.loadDemo} />}
      </main>
      {interpretation && (
        <LazyPrintSummary
          values={form.values}
          interpretation={interpretation}
          earlier={context.earlier ?? NO_EARLIER}
          earlierDates={earlierDates}
          choice={choice}
        />
      )}
      <LevelBar urgency={interpretation?.urgency} />
      <LevelAnnouncer urgency={interpretation?.urgency} />
      {countdown !== undefined && <LazyIdleCountdown seconds={countdown} />}
    </>
  );
}
