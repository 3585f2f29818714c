// Test helper for reading .ics text back: unfold continuation lines (RFC 5545 3.1), then pick properties by name.

export function unfoldIcs(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
}

/** The value of the first property `name` (parameters ignored), or undefined. */
export function readIcsProperty(ics: string, name: string): string | undefined {
  const line = unfoldIcs(ics).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(":") + 1);
}

/** TEXT values escape commas, semicolons, backslashes and newlines. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\n/gi, "\n").replace(/\\([,;\\])/g, "$1");
}
