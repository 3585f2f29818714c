import { Alert } from "@/components/ui/card";

/** The form-level message after a save: refusal (role=alert) or success (role=status). */
export function FormStatus({ error, success }: { error: string | null; success: string | null }) {
  if (error) return <Alert>{error}</Alert>;
  if (success) return <Alert tone="success">{success}</Alert>;
  return null;
}
