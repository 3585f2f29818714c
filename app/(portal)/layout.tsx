import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { AppHeader } from "@/components/shell/app-header";
import { NavLink } from "@/components/shell/nav-link";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const context = await requireUser();
  const t = await getT();
  return (
    <>
      <AppHeader context={context} area="portal">
        <NavLink href="/" exact>
          {t("nav.sites")}
        </NavLink>
        <NavLink href="/bookings">{t("nav.myBookings")}</NavLink>
        <NavLink href="/profile">{t("nav.profile")}</NavLink>
      </AppHeader>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
