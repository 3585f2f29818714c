import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldFrame, controlClass, describedByFor } from "./field-frame";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; error?: string; hint?: ReactNode };

/** A labelled input whose error is announced and linked with aria-describedby. */
export function Field({ label, error, hint, id, name, className = "", ...props }: FieldProps) {
  const fieldId = id ?? name;
  return (
    <FieldFrame fieldId={fieldId} label={label} error={error} hint={hint} className={className}>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(fieldId, error, hint)}
        className={controlClass(error)}
        {...props}
      />
    </FieldFrame>
  );
}
