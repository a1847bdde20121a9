import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCheck } from '../../input/check-field';
import type { FormTexts } from '../../input/check-form';
import { FIELD_IDS, type FieldId, type UnitChoice, type UnitId } from '../../input/fields';
import { unitOf } from '../../input/form-units';
import { LabField } from './lab-field';

interface LabFormProps {
  texts: FormTexts;
  units: UnitChoice;
  checks: Record<FieldId, FieldCheck>;
  onTextChange: (field: FieldId, text: string, judge?: boolean) => void;
  onUnitChange: (field: FieldId, unit: UnitId) => void;
}

export function LabForm({ texts, units, checks, onTextChange, onUnitChange }: LabFormProps) {
  const { t } = useTranslation();
  // The same elements until the language changes: React skips them on each keystroke.
  const heading = useMemo(
    () => (
      <>
        <h2 id="form-title">{t('form.title')}</h2>
        <p className="intro">{t('form.intro')}</p>
      </>
    ),
    [t],
  );
  return (
    <form className="lab-form" aria-labelledby="form-title" noValidate onSubmit={(event) => event.preventDefault()}>
      {heading}
      {FIELD_IDS.map((field) => (
        <LabField
          key={field}
          field={field}
          text={texts[field]}
          unit={unitOf(field, units)}
          check={checks[field]}
          onTextChange={onTextChange}
          onUnitChange={onUnitChange}
        />
      ))}
    </form>
  );
}
