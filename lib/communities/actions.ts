"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import type { SessionContext } from "@/lib/auth/session";
import { communityMemberSchema, createCommunitySchema, deleteCommunitySchema, updateCommunitySchema } from "./schemas";
import { addCommunityMember, createCommunity, deleteCommunity, removeCommunityMember, updateCommunity } from "./service";

// Thin actions: parse, authorize (admin of the session's organisation), call the service, revalidate.

const toActor = (context: SessionContext) => ({ userId: context.user.id, orgId: context.org.id });

function revalidate(communityId?: string) {
  revalidatePath("/cockpit/communities");
  if (communityId) revalidatePath(`/cockpit/communities/${communityId}`);
  revalidatePath("/cockpit/people");
}

export const createCommunityAction = authedAction(
  createCommunitySchema,
  async (input, context) => {
    const community = await createCommunity({ actor: toActor(context), input });
    revalidate();
    return { id: community.id };
  },
  { role: "admin" },
);

export const updateCommunityAction = authedAction(
  updateCommunitySchema,
  async (input, context) => {
    const community = await updateCommunity({ actor: toActor(context), input });
    revalidate(community.id);
    return { id: community.id };
  },
  { role: "admin" },
);

export const deleteCommunityAction = authedAction(
  deleteCommunitySchema,
  async (input, context) => {
    const result = await deleteCommunity({ actor: toActor(context), input });
    revalidate(input.communityId);
    return result;
  },
  { role: "admin" },
);

export const addCommunityMemberAction = authedAction(
  communityMemberSchema,
  async (input, context) => {
    const report = await addCommunityMember({ actor: toActor(context), input });
    revalidate(input.communityId);
    return report;
  },
  { role: "admin" },
);

export const removeCommunityMemberAction = authedAction(
  communityMemberSchema,
  async (input, context) => {
    const report = await removeCommunityMember({ actor: toActor(context), input });
    revalidate(input.communityId);
    return report;
  },
  { role: "admin" },
);
