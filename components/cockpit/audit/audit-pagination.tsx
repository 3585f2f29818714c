import Link from "next/link";
import { auditLogHref, type AuditFilters } from "@/lib/audit/filters";
import { getT } from "@/lib/i18n/server";

export async function AuditPagination({ filters, page, pageSize, total }: { filters: AuditFilters; page: number; pageSize: number; total: number }) {
  const t = await getT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1 text-sm text-stone-700 hover:bg-stone-100";
  return (
    <nav aria-label={t("cockpitAudit.pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-stone-600">
      <span>{t("cockpitAudit.page", { page, pages, total })}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={auditLogHref({ ...filters, page: page - 1 })} className={link} rel="prev">
            ← {t("cockpitAudit.newer")}
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={auditLogHref({ ...filters, page: page + 1 })} className={link} rel="next">
            {t("cockpitAudit.older")} →
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
