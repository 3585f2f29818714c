import { z } from "zod";

// Inputs of the cockpit's booking and access actions, shared by the buttons that call them and the actions.

export const grantActionSchema = z.object({ grantId: z.uuid({ error: "errors.notFound" }) });
export type GrantActionInput = z.infer<typeof grantActionSchema>;
