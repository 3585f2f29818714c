import { z } from "zod";

// One schema per input, shared by the cockpit forms and the server actions. Messages are i18n keys.

const id = z.uuid({ error: "errors.notFound" });

export const communityFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "communities.errors.nameRequired" })
    .max(120, { error: "communities.errors.nameTooLong" }),
  description: z
    .string()
    .trim()
    .max(500, { error: "communities.errors.descriptionTooLong" })
    .nullish()
    .transform((value) => value || null),
  /** The site whose always-open doors and time zone the community's access uses; optional. */
  siteId: z
    .union([z.uuid({ error: "errors.notFound" }), z.literal("")])
    .nullish()
    .transform((value) => value || null),
});

export const createCommunitySchema = communityFieldsSchema;
export const updateCommunitySchema = communityFieldsSchema.extend({ communityId: id });
export const deleteCommunitySchema = z.object({ communityId: id });
export const communityMemberSchema = z.object({ communityId: id, userId: z.uuid({ error: "communities.errors.memberRequired" }) });

export type CommunityFormValues = z.input<typeof communityFieldsSchema>;
export type CommunityInput = z.output<typeof communityFieldsSchema>;
export type UpdateCommunityInput = z.output<typeof updateCommunitySchema>;
export type CommunityMemberInput = z.output<typeof communityMemberSchema>;
