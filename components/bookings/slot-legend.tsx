"use client";

import { useI18n } from "@/components/i18n-provider";
import { COVERED_STYLE, SLOT_STYLES } from "./slot-grid";

const ENTRIES = [
  ["free", SLOT_STYLES.free],
  ["booked", SLOT_STYLES.booked],
  ["closed", SLOT_STYLES.closed],
  ["past", SLOT_STYLES.past],
  ["selected", COVERED_STYLE],
] as const;

/** Colour and strike-through only support the words here; each slot's accessible name also states it. */
export function SlotLegend() {
  const { t } = useI18n();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-stone-600">
      <span className="font-medium">{t("booking.legend.title")}:</span>
      <ul className="contents">
        {ENTRIES.map(([key, style]) => (
          <li key={key} className="inline-flex items-center gap-1.5">
            <span aria-hidden className={`inline-block h-4 w-8 rounded border text-[10px] leading-4 ${style}`} />
            {t(`booking.legend.${key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
