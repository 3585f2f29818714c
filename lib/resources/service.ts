import { AppError } from "@/lib/errors/app-error";
import { getResource } from "./queries";

/** For actions and pages that need the resource to exist in the caller's organisation. */
export async function requireResource({ orgId, resourceId }: { orgId: string; resourceId: string }) {
  const row = await getResource({ orgId, resourceId });
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}
