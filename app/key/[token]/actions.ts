"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkKeyPin, getKeyGrant, openKeyDoor } from "@/lib/access/key-access";
import { createKeySession, KEY_SESSION_COOKIE, verifyKeySession } from "@/lib/access/key-session";
import { getEnv } from "@/lib/env";
import { clientAddressFrom } from "@/lib/server/client-address";

// The digital-key page's actions: PIN login and door opening. Public (the token is the credential); the outcome
// goes back as a short code in the query string (never the PIN), so the page works without JavaScript.

const keyPath = (token: string) => `/key/${encodeURIComponent(token)}`;

async function getClientAddress(): Promise<string> {
  return clientAddressFrom(await headers(), getEnv().TRUSTED_PROXY_HOPS);
}

export async function loginWithPin(token: string, formData: FormData): Promise<void> {
  const pin = String(formData.get("pin") ?? "").slice(0, 32);
  const check = await checkKeyPin({ token, pin, clientAddress: await getClientAddress() });
  if (!check) redirect(keyPath(token));
  if (check.result === "locked") redirect(`${keyPath(token)}?pin=locked`);
  if (check.result === "wrong") redirect(`${keyPath(token)}?pin=wrong&left=${check.attemptsLeft}`);
  const key = await getKeyGrant(token);
  if (!key) redirect(keyPath(token));
  const session = createKeySession(key.tokenHash);
  (await cookies()).set(KEY_SESSION_COOKIE, session.value, {
    httpOnly: true,
    sameSite: "strict",
    secure: getEnv().APP_URL.startsWith("https:"),
    path: keyPath(token),
    expires: session.expires,
  });
  redirect(keyPath(token));
}

export async function openDoorWithKey(token: string, formData: FormData): Promise<void> {
  const key = await getKeyGrant(token);
  if (!key) redirect(keyPath(token));
  if (!verifyKeySession(key.tokenHash, (await cookies()).get(KEY_SESSION_COOKIE)?.value)) redirect(`${keyPath(token)}?session=expired`);
  const doorId = String(formData.get("doorId") ?? "");
  const outcome = await openKeyDoor({ key, doorId, clientAddress: await getClientAddress() });
  redirect(`${keyPath(token)}?open=${outcome.result}&door=${encodeURIComponent(doorId)}`);
}

export async function logoutKey(token: string): Promise<void> {
  (await cookies()).delete({ name: KEY_SESSION_COOKIE, path: keyPath(token) });
  redirect(keyPath(token));
}
