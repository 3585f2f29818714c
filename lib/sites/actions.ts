"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action";
import { saveSiteSchema } from "./schemas";
import { saveSite } from "./service";

// Creates or updates a site (admin only; the service checks every id against the session's organisation).
export const saveSiteAction = authedAction(
  saveSiteSchema,
  async (input, context) => {
    const saved = await saveSite({ actor: { userId: context.user.id, orgId: context.org.id }, input });
    revalidatePath("/cockpit/sites");
    revalidatePath(`/cockpit/sites/${saved.id}`);
    revalidatePath("/sites");
    return saved;
  },
  { role: "admin" },
);
