import { z } from "zod";
import { isIanaTimeZone } from "./time-zones";

// The cockpit's site form, shared by react-hook-form and the action.

const E = "cockpitSites.errors";
const accessInfoText = z.string().max(4000, `${E}.accessInfoTooLong`);

export const saveSiteSchema = z.object({
  siteId: z.union([z.uuid(), z.literal("")]).optional(),
  name: z.string().trim().min(1, `${E}.nameRequired`).max(120, `${E}.nameTooLong`),
  address: z.string().trim().max(300, `${E}.addressTooLong`),
  timeZone: z.string().trim().refine(isIanaTimeZone, `${E}.timeZone`),
  /** "" = no lock system. */
  integrationId: z.union([z.uuid(), z.literal("")]),
  alwaysOpenDoorIds: z.array(z.uuid()).max(50),
  accessInfoDe: accessInfoText,
  accessInfoEn: accessInfoText,
});

export type SaveSiteInput = z.infer<typeof saveSiteSchema>;
export type SaveSiteFormValues = z.input<typeof saveSiteSchema>;
