import Link from "next/link";
import { connection } from "next/server";
import { requireAdmin } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { countSites } from "@/lib/sites/queries";
import { countResources } from "@/lib/resources/queries";
import { countMembers } from "@/lib/people/queries";
import { countPendingBookings } from "@/lib/bookings/queries";
import { PageHeader } from "@/components/ui/card";

export const generateMetadata = pageTitle("nav.overview");

export default async function CockpitPage() {
  await connection();
  const { org } = await requireAdmin();
  const t = await getT();
  const orgId = org.id;
  const [sites, resources, people, pending] = await Promise.all([
    countSites({ orgId }),
    countResources({ orgId }),
    countMembers({ orgId }),
    countPendingBookings({ orgId }),
  ]);
  const cards = [
    { href: "/cockpit/sites", label: t("cockpit.overview.sites"), count: sites },
    { href: "/cockpit/resources", label: t("cockpit.overview.resources"), count: resources },
    { href: "/cockpit/people", label: t("cockpit.overview.people"), count: people },
    { href: "/cockpit/bookings?status=pending", label: t("cockpit.overview.pendingBookings"), count: pending, highlight: pending > 0 },
  ];

  return (
    <>
      <PageHeader title={t("nav.overview")} description={t("cockpit.overview.intro")} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.href}>
            <Link
              href={card.href}
              className={`flex h-full flex-col gap-1 rounded-lg border bg-white p-5 shadow-sm hover:border-brand-500 ${card.highlight ? "border-amber-300" : "border-stone-200"}`}
            >
              <span className="text-3xl font-semibold tabular-nums text-stone-900">{card.count}</span>
              <span className="text-sm text-stone-600">{card.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
