import type { Metadata } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { Alert, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getKeyGrant, type KeyGrant } from "@/lib/access/key-access";
import { KEY_SESSION_COOKIE, verifyKeySession } from "@/lib/access/key-session";
import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { loginWithPin, logoutKey, openDoorWithKey } from "./actions";

// no-referrer: the token in this URL must not reach other sites.
export const metadata: Metadata = { title: "Digital key", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The digital key: PIN + LOGIN, then the booking's doors and period with "Open" per door. Public, mobile-first. */
export default async function KeyPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const query = await searchParams;
  const [t, locale] = [await getT(), await getLocale()];
  const key = await getKeyGrant(token);
  const signedIn = key ? verifyKeySession(key.tokenHash, (await cookies()).get(KEY_SESSION_COOKIE)?.value) : false;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col gap-4 px-4 py-6">
      <header className="flex items-center justify-between">
        <h1 className="text-xl font-semibold">{t("key.page.title")}</h1>
        <LanguageSwitch />
      </header>
      {!key ? (
        <Card>
          <h2 className="text-lg font-semibold" data-testid="key-invalid">{t("key.page.invalidTitle")}</h2>
          <p className="mt-2 text-sm text-stone-600">{t("key.page.invalidText")}</p>
        </Card>
      ) : (
        <>
          <Card>
            <p className="font-medium">{key.resourceName} · {key.siteName}</p>
            <p className="mt-1 text-sm text-stone-600">
              {t("key.page.period")}: <span data-testid="key-period">{formatPeriod(key.window, key.timeZone, locale)}</span>
            </p>
          </Card>
          {signedIn ? <DoorList token={token} keyGrant={key} query={query} t={t} locale={locale} /> : <PinForm token={token} query={query} t={t} />}
        </>
      )}
    </main>
  );
}

function PinForm({ token, query, t }: { token: string; query: Record<string, unknown>; t: Translate }) {
  const message =
    query.pin === "locked" ? t("key.page.locked")
    : query.pin === "wrong" ? t("key.page.wrongPin", { left: Number(query.left) || 0 })
    : query.session === "expired" ? t("key.page.sessionExpired")
    : null;
  return (
    <Card>
      {message ? <div role="alert" data-testid="key-pin-message" className="mb-3"><Alert tone="error">{message}</Alert></div> : null}
      <form action={loginWithPin.bind(null, token)} className="flex flex-col gap-3">
        <label htmlFor="pin" className="text-sm font-medium">{t("key.page.pinLabel")}</label>
        <input
          id="pin"
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={12}
          required
          aria-describedby="pin-hint"
          className="rounded-md border border-stone-300 px-3 py-3 text-center text-2xl tracking-[0.5em]"
        />
        <p id="pin-hint" className="text-xs text-stone-500">{t("key.page.pinHint")}</p>
        <Button type="submit" className="py-3 text-base">{t("key.page.login")}</Button>
      </form>
    </Card>
  );
}

function DoorList({ token, keyGrant, query, t, locale }: { token: string; keyGrant: KeyGrant; query: Record<string, unknown>; t: Translate; locale: "de" | "en" }) {
  const door = keyGrant.doors.find((candidate) => candidate.id === query.door);
  const when = (date: Date) => formatDateTime(date, keyGrant.timeZone, locale);
  const outcome: { tone: "success" | "error"; text: string } | null =
    query.open === "opened" && door ? { tone: "success", text: t("key.page.opened", { door: door.name }) }
    : query.open === "not_yet" ? { tone: "error", text: t("key.page.notYet", { start: when(keyGrant.window.start) }) }
    : query.open === "over" ? { tone: "error", text: t("key.page.over", { end: when(keyGrant.window.end) }) }
    : query.open === "failed" || query.open === "unknown_door" ? { tone: "error", text: t("key.page.openFailed") }
    : null;
  return (
    <Card>
      {outcome ? <div role="status" data-testid="key-open-message" className="mb-3"><Alert tone={outcome.tone}>{outcome.text}</Alert></div> : null}
      <h2 className="mb-2 font-semibold">{t("key.page.doors")}</h2>
      <ul className="flex flex-col gap-2" data-testid="key-doors">
        {keyGrant.doors.map((item) => (
          <li key={item.id} className="flex items-center justify-between gap-3 rounded-md border border-stone-200 p-3">
            <span data-testid="key-door">{item.name}</span>
            <form action={openDoorWithKey.bind(null, token)}>
              <input type="hidden" name="doorId" value={item.id} />
              <Button type="submit" className="min-w-24 py-3">{t("key.page.open")}</Button>
            </form>
          </li>
        ))}
      </ul>
      <form action={logoutKey.bind(null, token)} className="mt-4">
        <Button type="submit" variant="ghost">{t("key.page.logout")}</Button>
      </form>
    </Card>
  );
}
