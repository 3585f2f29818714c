"use server";

import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { getSessionContext } from "@/lib/auth/session";
import { isLocale } from "./translate";
import { storeLocaleCookie } from "./locale-cookie";

/** Switches the interface language; a signed-in user's choice is also stored for their e-mails. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  await storeLocaleCookie(locale);
  const context = await getSessionContext();
  if (context) {
    const db = await getDb();
    await db.update(users).set({ locale }).where(eq(users.id, context.user.id));
  }
}
