"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import type { SessionContext } from "@/lib/auth/session";
import { exivoIntegrationSchema, integrationIdSchema, xesarIntegrationSchema } from "./schemas";
import { saveIntegration } from "./service";
import { syncIntegrationDoors, verifyIntegration } from "./lock-check";

// Thin actions for the cockpit's integrations: admin only, scoped by the session's organisation in the
// services. No response carries a secret: saves answer with the id, checks with the outcome.

const toActor = (context: SessionContext) => ({ userId: context.user.id, orgId: context.org.id });

const revalidate = (id: string) => {
  revalidatePath("/cockpit/integrations");
  revalidatePath(`/cockpit/integrations/${id}`);
};

export const saveExivoIntegrationAction = authedAction(
  exivoIntegrationSchema,
  async (input, context) => {
    const saved = await saveIntegration({ actor: toActor(context), vendor: "exivo", input });
    revalidate(saved.id);
    return saved;
  },
  { role: "admin" },
);

export const saveXesarIntegrationAction = authedAction(
  xesarIntegrationSchema,
  async (input, context) => {
    const saved = await saveIntegration({ actor: toActor(context), vendor: "xesar", input });
    revalidate(saved.id);
    return saved;
  },
  { role: "admin" },
);

export const verifyIntegrationAction = authedAction(
  integrationIdSchema,
  async ({ integrationId }, context) => {
    const outcome = await verifyIntegration({ actor: toActor(context), integrationId });
    revalidate(integrationId);
    return outcome;
  },
  { role: "admin" },
);

export const syncIntegrationDoorsAction = authedAction(
  integrationIdSchema,
  async ({ integrationId }, context) => {
    const outcome = await syncIntegrationDoors({ actor: toActor(context), integrationId });
    revalidate(integrationId);
    revalidatePath("/cockpit/sites");
    return outcome;
  },
  { role: "admin" },
);
