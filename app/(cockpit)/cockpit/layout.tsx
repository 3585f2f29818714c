import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { AppHeader } from "@/components/shell/app-header";
import { NavLink } from "@/components/shell/nav-link";

export const COCKPIT_SECTIONS = [
  ["/cockpit/integrations", "nav.integrations"],
  ["/cockpit/sites", "nav.sites"],
  ["/cockpit/resources", "nav.resources"],
  ["/cockpit/access-rules", "nav.accessRules"],
  ["/cockpit/bookings", "nav.bookings"],
  ["/cockpit/people", "nav.people"],
  ["/cockpit/communities", "nav.communities"],
  ["/cockpit/audit", "nav.audit"],
] as const;

// The proxy already turns residents away; this check is the authoritative one (role read from the database).
export default async function CockpitLayout({ children }: { children: ReactNode }) {
  const context = await requireAdmin();
  const t = await getT();
  return (
    <>
      <AppHeader context={context} area="cockpit">
        <NavLink href="/cockpit" exact>
          {t("nav.overview")}
        </NavLink>
        {COCKPIT_SECTIONS.map(([href, label]) => (
          <NavLink key={href} href={href}>
            {t(label)}
          </NavLink>
        ))}
      </AppHeader>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
