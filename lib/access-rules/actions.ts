"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import { createAccessRuleSchema, deleteAccessRuleSchema, previewAccessSchema, updateAccessRuleSchema } from "./schemas";
import { createAccessRule, deleteAccessRule, updateAccessRule } from "./service";
import { previewBookingAccess } from "./preview";

// Thin actions: parse (authedAction with the shared schema), admin only, the services scope by organisation.

const toActor = (context: { user: { id: string }; org: { id: string } }) => ({ userId: context.user.id, orgId: context.org.id });
const PAGE = "/cockpit/access-rules";

export const createAccessRuleAction = authedAction(
  createAccessRuleSchema,
  async (input, context) => {
    const rule = await createAccessRule({ actor: toActor(context), input });
    revalidatePath(PAGE);
    return { id: rule.id };
  },
  { role: "admin" },
);

export const updateAccessRuleAction = authedAction(
  updateAccessRuleSchema,
  async (input, context) => {
    const rule = await updateAccessRule({ actor: toActor(context), input });
    revalidatePath(PAGE);
    return { id: rule.id };
  },
  { role: "admin" },
);

export const deleteAccessRuleAction = authedAction(
  deleteAccessRuleSchema,
  async (input, context) => {
    const result = await deleteAccessRule({ actor: toActor(context), input });
    revalidatePath(PAGE);
    return { id: input.ruleId, ...result };
  },
  { role: "admin" },
);

export const previewAccessAction = authedAction(
  previewAccessSchema,
  (input, context) => previewBookingAccess({ orgId: context.org.id, resourceId: input.resourceId }),
  { role: "admin" },
);
