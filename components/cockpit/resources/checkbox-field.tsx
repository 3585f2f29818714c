import type { InputHTMLAttributes, ReactNode } from "react";

type CheckboxFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; hint?: ReactNode; error?: string };

/** A labelled checkbox; the label is clickable and the hint/error linked like Field's. */
export function CheckboxField({ label, hint, error, id, name, className = "", ...props }: CheckboxFieldProps) {
  const fieldId = id ?? name;
  const described = error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="flex items-start gap-2 text-sm text-stone-800">
        <input type="checkbox" id={fieldId} name={name} aria-describedby={described} className="mt-0.5 h-4 w-4 accent-brand-600" {...props} />
        <span>{label}</span>
      </label>
      {hint && !error ? (
        <p id={`${fieldId}-hint`} className="ml-6 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} role="alert" className="ml-6 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
