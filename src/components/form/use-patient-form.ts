import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FormTexts } from '../../input/check-form';
import { EMPTY_CONTEXT, type ContextChoice } from '../../input/context-choice';
import { EMPTY_EARLIER, type EarlierFieldId, type EarlierTexts } from '../../input/earlier';
import { DEFAULT_UNITS, FIELD_IDS, type FieldId, type UnitChoice, type UnitId } from '../../input/fields';
import { unitsAfterTyping } from '../../input/form-units';
import type { DemoCase } from '../../reception/demo-cases';

/** Everything typed or chosen for one patient: what an undo restores and a shared link fills. */
export interface SessionSnapshot {
  texts: FormTexts;
  units: UnitChoice;
  earlierTexts: readonly EarlierTexts[];
  earlierOpen: boolean;
  choice: ContextChoice;
}

const EMPTY_TEXTS: FormTexts = { ast: '', alt: '', ggt: '', albumin: '', platelets: '', age: '' };

export const EMPTY_SESSION: SessionSnapshot = {
  texts: EMPTY_TEXTS,
  units: DEFAULT_UNITS,
  earlierTexts: [EMPTY_EARLIER, EMPTY_EARLIER],
  earlierOpen: false,
  choice: EMPTY_CONTEXT,
};

/** The texts as last judged: a field is judged when it is complete (left, Enter, or a pause). */
export interface Judged {
  texts: FormTexts;
  earlierTexts: readonly EarlierTexts[];
}

interface FormState extends SessionSnapshot {
  judged: Judged;
  /** The example on screen: set while every value is the example's, gone at the first change. */
  demo?: DemoCase['id'];
}

/** A state whose texts are all judged as they stand. */
function settled(snapshot: SessionSnapshot): FormState {
  return { ...snapshot, judged: { texts: snapshot.texts, earlierTexts: snapshot.earlierTexts } };
}

const EMPTY_STATE = settled(EMPTY_SESSION);

/**
 * What was inserted when `before` became `after` (one edit: typed, pasted or deleted). Used when an
 * example is replaced: the new text is what the person typed, never the example's digits with it.
 */
export function insertedText(before: string, after: string): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return after.slice(start, after.length - end);
}

/** Whether anything was typed or chosen. */
export function hasData(state: SessionSnapshot): boolean {
  return (
    FIELD_IDS.some((field) => state.texts[field] !== '') ||
    state.units !== DEFAULT_UNITS ||
    state.choice !== EMPTY_CONTEXT ||
    state.earlierTexts.some((column) => column.date !== '' || Object.values(column.values).some((text) => text !== ''))
  );
}

/**
 * The form's state and its changes. An example (made-up values) is a state of its own: the first
 * change a person makes clears the whole example, so example and real values never mix.
 */
export function usePatientForm(initial: SessionSnapshot | undefined) {
  const [state, setState] = useState<FormState>(() => settled(initial ?? EMPTY_SESSION));
  const demoRef = useRef(state.demo);
  useLayoutEffect(() => {
    demoRef.current = state.demo;
  }, [state.demo]);

  /** Applies `change`, starting from an empty form when an example is on screen. */
  const update = useCallback((change: (s: FormState) => FormState) => {
    setState((s) => change(s.demo ? { ...EMPTY_STATE, earlierOpen: s.earlierOpen } : s));
  }, []);

  const actions = useMemo(
    () => ({
      /**
       * `judge`: the text is complete as it is, so judge it at once: a one-tap fix, or a value pasted
       * or filled in whole (the box tells: two or more characters at once). Key-by-key typing waits.
       */
      setText: (field: FieldId, text: string, judge = false) =>
        setState((s) => {
          const typed = insertedText(s.texts[field], text);
          if (!s.demo) {
            // A unit written in the text (`42 g/L`, `23.5万`) selects that unit; the text stays as typed.
            const next = { ...s, texts: { ...s.texts, [field]: text }, units: unitsAfterTyping(s.units, field, text) };
            return judge ? { ...next, judged: { ...next.judged, texts: { ...next.judged.texts, [field]: text } } } : next;
          }
          const texts = { ...EMPTY_TEXTS, [field]: typed };
          return {
            ...EMPTY_STATE,
            earlierOpen: s.earlierOpen,
            texts,
            units: unitsAfterTyping(EMPTY_STATE.units, field, typed),
            ...(judge ? { judged: { ...EMPTY_STATE.judged, texts } } : {}),
          };
        }),
      /** Judge every text as it stands now (a field left, Enter, a pause in typing, "See my result"). */
      judge: () =>
        setState((s) =>
          s.judged.texts === s.texts && s.judged.earlierTexts === s.earlierTexts
            ? s
            : { ...s, judged: { texts: s.texts, earlierTexts: s.earlierTexts } },
        ),
      setUnit: (field: FieldId, unit: UnitId) => update((s) => ({ ...s, units: { ...s.units, [field]: unit } })),
      setEarlierText: (column: number, field: EarlierFieldId, text: string, judge = false) =>
        update((s) => {
          const earlierTexts = s.earlierTexts.map((c, i) => (i === column ? { ...c, values: { ...c.values, [field]: text } } : c));
          const judgedColumns = s.judged.earlierTexts.map((c, i) => (i === column ? { ...c, values: { ...c.values, [field]: text } } : c));
          // Pasted, filled in whole or fixed: judged at once, as today's values are. Open: typed in
          // the tablet's table, they are in view on a phone too (a tablet turned).
          return { ...s, earlierTexts, earlierOpen: true, ...(judge ? { judged: { ...s.judged, earlierTexts: judgedColumns } } : {}) };
        }),
      setEarlierDate: (column: number, date: string) =>
        update((s) => ({ ...s, earlierOpen: true, earlierTexts: s.earlierTexts.map((c, i) => (i === column ? { ...c, date } : c)) })),
      toggleEarlier: () => setState((s) => ({ ...s, earlierOpen: !s.earlierOpen })),
      setChoice: <K extends keyof ContextChoice>(key: K, value: ContextChoice[K]) =>
        update((s) => ({ ...s, choice: { ...s.choice, [key]: value } })),
      loadDemo: (c: DemoCase) =>
        setState((s) => ({
          ...settled({
            texts: c.texts,
            units: c.units,
            earlierTexts: c.earlier ?? EMPTY_SESSION.earlierTexts,
            earlierOpen: s.earlierOpen || c.earlier !== undefined,
            choice: c.choice ?? EMPTY_CONTEXT,
          }),
          demo: c.id,
        })),
      /** Everything at once, from a confirmed report reading or a shared link: replaces what is there. */
      replaceAll: (snapshot: SessionSnapshot) => setState(settled(snapshot)),
      /**
       * Before a key lands in a field that holds an example: clear the example now (synchronously, so
       * the key goes into an empty field, not after the example's digits).
       */
      clearDemoBeforeKey: (event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget }) => {
        if (!demoRef.current || !(event.target instanceof HTMLInputElement) || event.target.type !== 'text') return;
        const edits = event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete';
        if (!edits || event.ctrlKey || event.metaKey || event.altKey) return;
        flushSync(() => setState((s) => ({ ...EMPTY_STATE, earlierOpen: s.earlierOpen })));
      },
    }),
    [update],
  );
  return { state, actions };
}
