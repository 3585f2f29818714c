import { z } from "zod";
// The "max" metadata is the only one that knows number types, so premium-rate, pager or short numbers are refused.
import { parsePhoneNumberFromString, type NumberType } from "libphonenumber-js/max";
import { LOCALES } from "@/lib/i18n/translate";

/** Numbers written without a +prefix are read as Austrian (0664 1234567 -> +436641234567). */
export const DEFAULT_PHONE_COUNTRY = "AT";

const ACCEPTED_PHONE_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(["MOBILE", "FIXED_LINE", "FIXED_LINE_OR_MOBILE"]);

/** An optional phone number: empty becomes null, anything else must be a real number and comes out in E.164. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, { error: "people.errors.phoneInvalid" })
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const phone = parsePhoneNumberFromString(value, DEFAULT_PHONE_COUNTRY);
    const type = phone?.isValid() ? phone.getType() : undefined;
    if (!phone || !type || !ACCEPTED_PHONE_TYPES.has(type)) {
      ctx.addIssue({ code: "custom", message: "people.errors.phoneInvalid" });
      return z.NEVER;
    }
    return phone.number;
  });

export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "people.errors.nameRequired" })
    .max(120, { error: "people.errors.nameTooLong" }),
  phone: phoneSchema,
  locale: z.enum(LOCALES, { error: "people.errors.localeInvalid" }),
});

/** What the form holds (phone as typed) and what the action receives after parsing (phone in E.164 or null). */
export type ProfileFormValues = z.input<typeof profileSchema>;
export type ProfileInput = z.output<typeof profileSchema>;
