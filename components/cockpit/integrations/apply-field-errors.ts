import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

/**
 * Puts the action's field errors (i18n keys) at their fields; returns the keys that belong to no field of
 * this form, for the form-level message.
 */
export function applyFieldErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, fieldErrors: Record<string, string[]> | undefined, fields: readonly string[]): string[] {
  const misplaced: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const root = key.split(".")[0]!;
    if (fields.includes(root) && messages[0]) form.setError(root as Path<T>, { message: messages[0] }, { shouldFocus: true });
    else if (messages[0]) misplaced.push(messages[0]);
  }
  return misplaced;
}
