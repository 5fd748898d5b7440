/** Error codes a procedure may answer with; mapped to tRPC/HTTP codes in one place (trpc.ts). */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED";

/**
 * A failure the caller can act on: a code and a plain message, optionally naming the field (or the
 * row and column of an uploaded file). Never carries a stack trace to the user.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | null;
  constructor(code: AppErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.field = field;
  }
}

export const notFound = (what: string): AppError => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "you may not do this"): AppError => new AppError("FORBIDDEN", message);
