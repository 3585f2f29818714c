const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs are checked before they reach a uuid column: Postgres rejects malformed ones with an error, not a miss. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
