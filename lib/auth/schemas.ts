import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "auth.errors.emailRequired" })
  .pipe(z.email({ error: "auth.errors.emailInvalid" }));

export const passwordSignInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "auth.errors.passwordRequired" }).max(200),
});
export type PasswordSignInInput = z.infer<typeof passwordSignInSchema>;

export const magicLinkSchema = z.object({ email: emailSchema });
export type MagicLinkInput = z.infer<typeof magicLinkSchema>;
