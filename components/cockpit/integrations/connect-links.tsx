import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

const linkClass = "inline-flex items-center rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100";

/** The two ways to connect a lock system, as links to their forms. */
export function ConnectLinks({ t }: { t: Translate }) {
  return (
    <nav aria-label={t("cockpitIntegrations.connect")} className="flex flex-wrap gap-2">
      <Link href="/cockpit/integrations/new?vendor=exivo" className={linkClass}>
        {t("cockpitIntegrations.connectExivo")}
      </Link>
      <Link href="/cockpit/integrations/new?vendor=xesar" className={linkClass}>
        {t("cockpitIntegrations.connectXesar")}
      </Link>
    </nav>
  );
}
