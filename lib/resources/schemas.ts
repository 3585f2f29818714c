import { z } from "zod";
import { bookingRulesSchema } from "./rules";
import { checkIdentifier } from "./identifier-check";

// One schema per input, shared by the cockpit's resource form (zodResolver) and the server actions.
// Every field accepts its own output again (null stays null), because the form hands the parsed values
// to the action, which parses them once more.

const E = "resourceAdmin.errors";

const optionalCount = (max: number) =>
  z
    .number({ error: `${E}.number` })
    .int({ error: `${E}.wholeNumber` })
    .min(1, { error: `${E}.atLeastOne` })
    .max(max, { error: `${E}.tooLarge` })
    .nullable();

/**
 * The Access Control Identifier as typed: blank means "opens no door"; otherwise it must parse, and it is
 * stored normalised (trimmed, duplicates removed). Checking it against the synced doors needs the database
 * (the form does it with the door list it was given, the service before every save).
 */
export const identifierFieldSchema = z
  .string()
  .max(2000, { error: `${E}.tooLong` })
  .nullable()
  .transform((value, ctx) => {
    const check = checkIdentifier(value, null);
    if (check.ok) return check.normalized;
    ctx.addIssue({ code: "custom", message: "resourceAdmin.identifier.invalid" });
    return z.NEVER;
  });

export const resourceFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: `${E}.nameRequired` }).max(120, { error: `${E}.tooLong` }),
  /** Free text so an organisation can name its own kinds; known kinds are translated (labels.ts). */
  kind: z
    .string()
    .trim()
    .min(1, { error: `${E}.kindRequired` })
    .max(60, { error: `${E}.tooLong` })
    .regex(/^[a-z0-9_]+$/, { error: `${E}.kindFormat` }),
  description: z
    .string()
    .trim()
    .max(2000, { error: `${E}.tooLong` })
    .nullable()
    .transform((value) => value || null),
  capacity: optionalCount(10_000),
  requiresApproval: z.boolean(),
  requiresPhone: z.boolean(),
  accessIdentifier: identifierFieldSchema,
  rules: bookingRulesSchema,
});

export const createResourceSchema = resourceFieldsSchema.extend({ siteId: z.uuid({ error: `${E}.siteRequired` }) });
export const updateResourceSchema = resourceFieldsSchema.extend({ resourceId: z.uuid() });
export const archiveResourceSchema = z.object({ resourceId: z.uuid(), archived: z.boolean() });

export type ResourceFormValues = z.input<typeof createResourceSchema>;
export type CreateResourceInput = z.output<typeof createResourceSchema>;
export type UpdateResourceInput = z.output<typeof updateResourceSchema>;
export type ArchiveResourceInput = z.output<typeof archiveResourceSchema>;
