"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import { storeLocaleCookie } from "@/lib/i18n/locale-cookie";
import { profileSchema } from "./schemas";
import { updateProfile } from "./service";

export const saveProfile = authedAction(profileSchema, async (input, { user, org }) => {
  const profile = await updateProfile({ userId: user.id, orgId: org.id, input });
  // The language chosen in the profile applies to the interface at once, not only to e-mails.
  await storeLocaleCookie(profile.locale);
  revalidatePath("/", "layout");
  return profile;
});
