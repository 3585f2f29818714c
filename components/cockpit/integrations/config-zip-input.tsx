"use client";

import { useId, type ChangeEvent } from "react";
import { FieldFrame, controlClass, describedByFor } from "@/components/ui/field-frame";
import { MAX_CONFIG_ZIP_BYTES } from "@/lib/integrations/schemas";

type Props = {
  label: string;
  hint: string;
  error?: string;
  /** base64 of the chosen file, or "" when none; onTooLarge when it cannot be a Xesar zip. */
  onChange: (base64: string) => void;
  onTooLarge: () => void;
};

/** A file picker for the Xesar configuration zip: the bytes go to the server (base64), which reads them. */
export function ConfigZipInput({ label, hint, error, onChange, onTooLarge }: Props) {
  const id = useId();
  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return onChange("");
    if (file.size > MAX_CONFIG_ZIP_BYTES) {
      onChange("");
      return onTooLarge();
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    onChange(btoa(binary));
  }
  return (
    <FieldFrame fieldId={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="file"
        accept=".zip,application/zip,application/x-zip-compressed"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(id, error, hint)}
        className={controlClass(error)}
        onChange={(event) => void pick(event)}
      />
    </FieldFrame>
  );
}
