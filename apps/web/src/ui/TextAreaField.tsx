import type { TextareaHTMLAttributes } from 'react';
import type { ControlAttributes, FieldProps } from './fieldProps.ts';
import { LabelledField } from './LabelledField.tsx';

type Props = ControlAttributes<TextareaHTMLAttributes<HTMLTextAreaElement>> & FieldProps;

/**
 * A labelled text area of a form, its hint under it; any other attribute (`rows`, `maxLength`, `required` …)
 * goes to the text area.
 */
export function TextAreaField({ label, hint, value, onChange, invalid, ...attributes }: Props) {
  return (
    <LabelledField label={label} hint={hint}>
      {(id, hintId) => (
        <textarea
          id={id}
          {...attributes}
          value={value}
          aria-invalid={invalid}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </LabelledField>
  );
}
