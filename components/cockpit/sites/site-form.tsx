"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveSiteAction } from "@/lib/sites/actions";
import { saveSiteSchema, type SaveSiteFormValues, type SaveSiteInput } from "@/lib/sites/schemas";
import type { SyncedDoor } from "@/lib/integrations/queries";
import { useI18n } from "@/components/i18n-provider";
import { translateActionError } from "@/components/bookings/translate-action-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { applyFieldErrors } from "@/components/cockpit/integrations/apply-field-errors";
import { FormStatus } from "@/components/cockpit/integrations/form-status";
import { TextareaField } from "@/components/cockpit/integrations/textarea-field";
import { AlwaysOpenPicker } from "./always-open-picker";

const FIELDS = ["name", "address", "timeZone", "integrationId", "alwaysOpenDoorIds", "accessInfoDe", "accessInfoEn"] as const;

type Props = {
  site: SaveSiteFormValues & { siteId: string } | null;
  integrations: { id: string; name: string }[];
  doors: Pick<SyncedDoor, "id" | "integrationId" | "name" | "kind" | "removed" | "selectable">[];
  timeZones: string[];
  defaultTimeZone: string;
};

export function SiteForm({ site, integrations, doors, timeZones, defaultTimeZone }: Props) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState<{ error: string | null; success: string | null }>({ error: null, success: null });
  const form = useForm<SaveSiteFormValues, unknown, SaveSiteInput>({
    resolver: zodResolver(saveSiteSchema),
    defaultValues: site ?? {
      siteId: "",
      name: "",
      address: "",
      timeZone: defaultTimeZone,
      integrationId: "",
      alwaysOpenDoorIds: [],
      accessInfoDe: "",
      accessInfoEn: "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const integrationId = form.watch("integrationId");
  const alwaysOpen = form.watch("alwaysOpenDoorIds");
  const errorText = (message?: string) => (message ? t(message) : undefined);
  // A zone stored before this runtime's ICU renamed it (e.g. Europe/Kiev) stays choosable.
  const zoneOptions = site && !timeZones.includes(site.timeZone) ? [site.timeZone, ...timeZones] : timeZones;
  const integrationDoors = integrationId ? doors.filter((door) => door.integrationId === integrationId) : null;

  const onSubmit = form.handleSubmit(async () => {
    setStatus({ error: null, success: null });
    const response = await saveSiteAction(form.getValues());
    if (!response.ok) {
      const misplaced = applyFieldErrors(form, response.fieldErrors, FIELDS);
      // The gateway refusal names the door: show the full text at the picker, not only the key's.
      if (response.fieldErrors?.alwaysOpenDoorIds) form.setError("alwaysOpenDoorIds", { message: translateActionError(t, response) });
      setStatus({ error: [translateActionError(t, response), ...misplaced.map((key) => t(key))].join(" "), success: null });
      return;
    }
    if (!site) return router.push(`/cockpit/sites/${response.data.id}`);
    setStatus({ error: null, success: t("cockpitSites.saved") });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("nav.sites")}>
      <FormStatus {...status} />
      <Field label={t("cockpitSites.name")} error={errorText(errors.name?.message)} id="site-name" {...form.register("name")} />
      <Field label={t("cockpitSites.address")} error={errorText(errors.address?.message)} id="site-address" autoComplete="street-address" {...form.register("address")} />
      <SelectField
        label={t("cockpitSites.timeZone")}
        hint={t("cockpitSites.timeZoneHint")}
        error={errorText(errors.timeZone?.message)}
        id="site-time-zone"
        options={zoneOptions.map((zone) => ({ value: zone, label: zone }))}
        {...form.register("timeZone")}
      />
      <SelectField
        label={t("cockpitSites.integration")}
        hint={t("cockpitSites.integrationHint")}
        error={errorText(errors.integrationId?.message)}
        id="site-integration"
        options={[{ value: "", label: t("cockpitSites.noIntegration") }, ...integrations.map((i) => ({ value: i.id, label: i.name }))]}
        {...form.register("integrationId", {
          // Doors of the previous lock system cannot stay always open at this site.
          onChange: (event) => {
            const next = (event.target as HTMLSelectElement).value;
            const keep = new Set(doors.filter((door) => door.integrationId === next).map((door) => door.id));
            form.setValue("alwaysOpenDoorIds", form.getValues("alwaysOpenDoorIds").filter((id) => keep.has(id)));
          },
        })}
      />
      <AlwaysOpenPicker
        doors={integrationDoors}
        value={alwaysOpen ?? []}
        error={errorText(errors.alwaysOpenDoorIds?.message)}
        onChange={(ids) => {
          form.setValue("alwaysOpenDoorIds", ids, { shouldDirty: true });
          form.clearErrors("alwaysOpenDoorIds");
        }}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium text-stone-700">{t("cockpitSites.accessInfo")}</legend>
        <p className="text-xs text-stone-500">{t("cockpitSites.accessInfoHint")}</p>
        {(locale === "de" ? (["accessInfoDe", "accessInfoEn"] as const) : (["accessInfoEn", "accessInfoDe"] as const)).map((field) => (
          <TextareaField
            key={field}
            label={t(`cockpitSites.${field}`)}
            error={errorText(errors[field]?.message)}
            id={`site-${field}`}
            rows={4}
            lang={field === "accessInfoDe" ? "de" : "en"}
            mono={false}
            {...form.register(field)}
          />
        ))}
      </fieldset>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className="self-start">
        {isSubmitting ? t("cockpitSites.saving") : t("cockpitSites.save")}
      </Button>
    </form>
  );
}
