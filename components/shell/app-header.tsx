import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { getT } from "@/lib/i18n/server";
import type { SessionContext } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";

export async function AppHeader({ context, area, children }: { context: SessionContext; area: "portal" | "cockpit"; children: ReactNode }) {
  const t = await getT();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href={area === "cockpit" ? "/cockpit" : "/"} className="flex items-center gap-2 font-semibold text-brand-700">
          <span aria-hidden className="inline-block h-6 w-6 rounded bg-brand-600" />
          {t("common.appName")}
          {area === "cockpit" ? <span className="rounded bg-stone-800 px-1.5 py-0.5 text-xs text-white">{t("nav.cockpit")}</span> : null}
        </Link>
        {/* The cockpit has nine sections: they get a row of their own instead of wrapping beside the brand. */}
        <nav
          aria-label={t(area === "cockpit" ? "nav.cockpitNavigation" : "nav.mainNavigation")}
          className={area === "cockpit" ? "order-last flex w-full flex-wrap gap-1 border-t border-stone-100 pt-2" : "flex flex-1 flex-wrap gap-1"}
        >
          {children}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {context.role === "admin" ? (
            <Link href={area === "cockpit" ? "/" : "/cockpit"} className="text-stone-600 underline-offset-2 hover:underline">
              {t(area === "cockpit" ? "nav.portal" : "nav.cockpit")}
            </Link>
          ) : null}
          <span className="hidden text-stone-500 sm:inline" data-testid="signed-in-as">
            {context.user.name ?? context.user.email} · {context.org.name}
          </span>
          <LanguageSwitch />
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-stone-700 hover:bg-stone-100">
              {t("common.signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
