"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import { archiveResourceSchema, createResourceSchema, updateResourceSchema } from "./schemas";
import { createResource, setResourceArchived, updateResource } from "./service";

// Thin actions: parse (authedAction with the shared schema), admin only, the service scopes by organisation.

const toActor = (context: { user: { id: string }; org: { id: string } }) => ({ userId: context.user.id, orgId: context.org.id });

function revalidateResource(resourceId: string) {
  revalidatePath("/cockpit/resources");
  revalidatePath(`/cockpit/resources/${resourceId}`);
  revalidatePath("/sites", "layout");
}

export const createResourceAction = authedAction(
  createResourceSchema,
  async (input, context) => {
    const resource = await createResource({ actor: toActor(context), input });
    revalidateResource(resource.id);
    return { id: resource.id };
  },
  { role: "admin" },
);

export const updateResourceAction = authedAction(
  updateResourceSchema,
  async (input, context) => {
    const resource = await updateResource({ actor: toActor(context), input });
    revalidateResource(resource.id);
    return { id: resource.id, accessIdentifier: resource.accessIdentifier };
  },
  { role: "admin" },
);

export const archiveResourceAction = authedAction(
  archiveResourceSchema,
  async (input, context) => {
    const resource = await setResourceArchived({ actor: toActor(context), input });
    revalidateResource(resource.id);
    return { id: resource.id, archived: resource.archivedAt !== null };
  },
  { role: "admin" },
);
