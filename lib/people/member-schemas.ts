import { z } from "zod";
import { LOCALES } from "@/lib/i18n/translate";
import { phoneSchema, profileSchema } from "./schemas";

// The cockpit's People forms (admins managing the organisation's members). Messages are i18n keys.

const userId = z.uuid({ error: "errors.notFound" });
export const ROLES = ["admin", "resident"] as const;

export const invitePersonSchema = z.object({
  name: profileSchema.shape.name,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "members.errors.emailRequired" })
    .max(254, { error: "members.errors.emailInvalid" })
    .pipe(z.email({ error: "members.errors.emailInvalid" })),
  phone: phoneSchema,
  role: z.enum(ROLES, { error: "members.errors.roleInvalid" }),
  locale: z.enum(LOCALES, { error: "people.errors.localeInvalid" }),
});

export const changeRoleSchema = z.object({ userId, role: z.enum(ROLES, { error: "members.errors.roleInvalid" }) });
export const updateMemberPhoneSchema = z.object({ userId, phone: phoneSchema });
export const removeMemberSchema = z.object({ userId });

export type InvitePersonFormValues = z.input<typeof invitePersonSchema>;
export type InvitePersonInput = z.output<typeof invitePersonSchema>;
export type UpdateMemberPhoneFormValues = z.input<typeof updateMemberPhoneSchema>;
