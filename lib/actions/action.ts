import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { getSessionContext, type SessionContext } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/config";
import { logger } from "@/lib/server/logger";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string | number> };

type Options = { role?: Role };

/**
 * The one wrapper for server actions: parses input with the shared zod schema, loads the session
 * (organisation and role from the database), enforces the role, and turns failures into results.
 * Error texts are i18n keys; the form translates them.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, context: SessionContext) => Promise<T>,
  options: Options = {},
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      const context = await getSessionContext();
      if (!context) return { ok: false, code: "UNAUTHENTICATED", error: "errors.unauthenticated" };
      if (options.role && context.role !== options.role) return { ok: false, code: "FORBIDDEN", error: "errors.forbidden" };
      const parsed = schema.safeParse(input instanceof FormData ? Object.fromEntries(input) : input);
      if (!parsed.success) return validationFailure(parsed.error);
      return { ok: true, data: await handler(parsed.data, context) };
    } catch (error) {
      return toFailure(error);
    }
  };
}

export function validationFailure(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: "VALIDATION", error: "errors.validation", fieldErrors };
}

export function toFailure(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors, values: error.values };
  }
  // Next's redirect()/notFound() are thrown control flow and must pass through.
  if (isNextControlFlow(error)) throw error;
  logger.error("action failed", { error: error instanceof Error ? error.message : String(error) });
  return { ok: false, code: "INTERNAL", error: "errors.generic" };
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
