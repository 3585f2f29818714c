import type { ReactNode } from "react";

type FrameProps = { fieldId: string | undefined; label: ReactNode; error?: string; hint?: ReactNode; className?: string; children: ReactNode };

/** Label, hint and announced error around one form control; the control links them via describedByFor. */
export function FieldFrame({ fieldId, label, error, hint, className = "", children }: FrameProps) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${fieldId}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function describedByFor(fieldId: string | undefined, error?: string, hint?: ReactNode): string | undefined {
  return error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined;
}

export function controlClass(error?: string): string {
  return `rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 ${error ? "border-red-500" : "border-stone-300"}`;
}
