import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { getResource } from "@/lib/resources/queries";
import { previewBookingDoors } from "@/lib/access/door-preview";
import { readBookingRules } from "@/lib/resources/rules";
import { Alert, PageHeader } from "@/components/ui/card";
import { ResourceFacts } from "@/components/sites/resource-facts";
import { BookingPlanner } from "@/components/bookings/booking-planner";
import { getDisplayWindow } from "@/components/bookings/display-window";
import { formatDuration } from "@/components/bookings/format-duration";
import { getLocalDate } from "@/components/bookings/local-date";

export const generateMetadata = pageTitle("booking.title");

type Props = { params: Promise<{ siteId: string; resourceId: string }> };

export default async function ResourceBookingPage({ params }: Props) {
  await connection();
  const { org, user } = await requireUser();
  const { siteId, resourceId } = await params;
  // Scoped by organisation; a resource reached through another site's URL, or archived, is not bookable here.
  const row = await getResource({ orgId: org.id, resourceId });
  if (!row || row.site.id !== siteId || row.resource.archivedAt) notFound();
  const { resource, site } = row;
  const [t, accessDoors] = await Promise.all([getT(), previewBookingDoors({ orgId: org.id, resourceId: resource.id })]);
  const rules = readBookingRules(resource.rules);

  return (
    <>
      <Link href={`/sites/${site.id}`} className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("booking.backToSite", { site: site.name })}
      </Link>
      <PageHeader
        title={resource.name}
        description={
          <>
            {site.name} · {t("booking.resourcePage.intro", { zone: site.timeZone })}
            <span className="mt-1 block text-xs text-stone-500">
              {t("booking.resourcePage.rules", {
                slot: rules.slotMinutes,
                min: formatDuration(rules.minDurationMinutes, t),
                max: formatDuration(rules.maxDurationMinutes, t),
              })}
            </span>
          </>
        }
      />
      <div className="mb-6 flex flex-col gap-3">
        <ResourceFacts resource={resource} />
        {resource.requiresPhone && !user.phone ? (
          <Alert tone="info">
            {t("booking.resourcePage.profilePhoneNeeded")}{" "}
            <Link href="/profile" className="font-medium underline">
              {t("booking.resourcePage.openProfile")}
            </Link>
          </Alert>
        ) : null}
      </div>
      <BookingPlanner
        resource={{ id: resource.id, name: resource.name, requiresPhone: resource.requiresPhone, requiresApproval: resource.requiresApproval }}
        timeZone={site.timeZone}
        initialDate={getLocalDate(site.timeZone)}
        displayWindow={getDisplayWindow(rules)}
        accessDoors={accessDoors}
      />
    </>
  );
}
