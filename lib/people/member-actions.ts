"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import type { SessionContext } from "@/lib/auth/session";
import { changeRoleSchema, invitePersonSchema, removeMemberSchema, updateMemberPhoneSchema } from "./member-schemas";
import { changeMemberRole, invitePerson, removeMember, updateMemberPhone } from "./members-service";

// The cockpit's People actions: admins of the session's organisation only; thin, as lib/bookings/actions.ts.

const toActor = (context: SessionContext) => ({ userId: context.user.id, orgId: context.org.id });

function revalidate() {
  revalidatePath("/cockpit/people");
  revalidatePath("/cockpit/communities", "layout");
}

export const invitePersonAction = authedAction(
  invitePersonSchema,
  async (input, context) => {
    const result = await invitePerson({ actor: toActor(context), input });
    revalidate();
    return result;
  },
  { role: "admin" },
);

export const changeMemberRoleAction = authedAction(
  changeRoleSchema,
  async (input, context) => {
    const result = await changeMemberRole({ actor: toActor(context), input });
    revalidate();
    return result;
  },
  { role: "admin" },
);

export const updateMemberPhoneAction = authedAction(
  updateMemberPhoneSchema,
  async (input, context) => {
    const result = await updateMemberPhone({ actor: toActor(context), input });
    revalidate();
    return result;
  },
  { role: "admin" },
);

export const removeMemberAction = authedAction(
  removeMemberSchema,
  async (input, context) => {
    const result = await removeMember({ actor: toActor(context), input });
    revalidate();
    return result;
  },
  { role: "admin" },
);
