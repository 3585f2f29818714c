export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED" | "VENDOR_UNAVAILABLE";

/** An expected failure: its message (an i18n key or plain text) is safe to show to the user. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Values for the message's {placeholders}, e.g. { minutes: 30 }. */
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "errors.notFound") => new AppError("NOT_FOUND", what);
export const forbidden = () => new AppError("FORBIDDEN", "errors.forbidden");
