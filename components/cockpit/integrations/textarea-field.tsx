import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldFrame, controlClass, describedByFor } from "@/components/ui/field-frame";

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: ReactNode; error?: string; hint?: ReactNode; mono?: boolean };

/** A labelled textarea with the same error and hint wiring as Field (PEM texts, access info templates). */
export function TextareaField({ label, error, hint, id, name, className = "", mono = true, ...props }: TextareaFieldProps) {
  const fieldId = id ?? name;
  return (
    <FieldFrame fieldId={fieldId} label={label} error={error} hint={hint} className={className}>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(fieldId, error, hint)}
        className={`${controlClass(error)} ${mono ? "font-mono text-xs" : ""}`}
        {...props}
      />
    </FieldFrame>
  );
}
