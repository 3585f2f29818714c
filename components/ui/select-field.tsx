import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldFrame, controlClass, describedByFor } from "./field-frame";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode;
  options: { value: string; label: string }[];
  error?: string;
  hint?: ReactNode;
};

/** A labelled native select, with error and hint linked like Field's. */
export function SelectField({ label, options, error, hint, id, name, className = "", ...props }: SelectFieldProps) {
  const fieldId = id ?? name;
  return (
    <FieldFrame fieldId={fieldId} label={label} error={error} hint={hint} className={className}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(fieldId, error, hint)}
        className={controlClass(error)}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
