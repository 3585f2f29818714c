// The client address for per-address rate limits. X-Forwarded-For is a list the client can start itself: only
// the entry the nearest proxy appended (the rightmost) is not the client's own claim. Behind more than one
// proxy of our own, TRUSTED_PROXY_HOPS says how many of the rightmost entries are ours to skip.

export function clientAddressFrom(headers: { get(name: string): string | null }, trustedProxyHops = 0): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const fromProxy = forwarded[forwarded.length - 1 - trustedProxyHops] ?? forwarded[0];
  return fromProxy || headers.get("x-real-ip")?.trim() || "unknown";
}
