import { z } from "zod";
import { identifierFieldSchema } from "@/lib/resources/schemas";
import { RULE_CREDENTIALS } from "./credentials";

// One schema for the access-rule form and its actions. Flat rather than a union by kind, so the form keeps
// one set of fields; the refinements say which fields each kind needs.

const E = "accessRuleAdmin.errors";
const buffer = z
  .number({ error: `${E}.buffer` })
  .int({ error: `${E}.buffer` })
  .min(0, { error: `${E}.buffer` })
  .max(240, { error: `${E}.buffer` });
const optionalId = z.uuid({ error: `${E}.choose` }).nullable();

export const accessRuleSchema = z
  .object({
    kind: z.enum(["booking", "community"]),
    resourceId: optionalId,
    communityId: optionalId,
    /** Community rules name their lock system; booking rules use the resource's site's. */
    integrationId: optionalId,
    /** Booking rules: doors in addition to the resource's (optional). Community rules: the doors (required). */
    accessIdentifier: identifierFieldSchema,
    bufferBeforeMinutes: buffer,
    bufferAfterMinutes: buffer,
    credentialType: z.enum(RULE_CREDENTIALS, { error: `${E}.credential` }),
    sendPinBySms: z.boolean(),
  })
  .superRefine((rule, ctx) => {
    const missing = (path: string) => ctx.addIssue({ code: "custom", path: [path], message: `${E}.choose` });
    if (rule.kind === "booking" && !rule.resourceId) missing("resourceId");
    if (rule.kind === "community") {
      if (!rule.communityId) missing("communityId");
      if (!rule.integrationId) missing("integrationId");
      if (!rule.accessIdentifier) ctx.addIssue({ code: "custom", path: ["accessIdentifier"], message: `${E}.doorsRequired` });
    }
    if (rule.sendPinBySms && (rule.kind !== "booking" || rule.credentialType !== "pin_link")) {
      ctx.addIssue({ code: "custom", path: ["sendPinBySms"], message: `${E}.smsNeedsPin` });
    }
  });

export const createAccessRuleSchema = accessRuleSchema;
export const updateAccessRuleSchema = z.object({ ruleId: z.uuid(), rule: accessRuleSchema });
export const deleteAccessRuleSchema = z.object({ ruleId: z.uuid() });
export const previewAccessSchema = z.object({ resourceId: z.uuid({ error: `${E}.choose` }) });

export type AccessRuleFormValues = z.input<typeof accessRuleSchema>;
export type AccessRuleInput = z.output<typeof accessRuleSchema>;
export type UpdateAccessRuleInput = z.output<typeof updateAccessRuleSchema>;
