import { TRPCClientError } from "@trpc/client";

interface ErrorData {
  code?: string;
  zodIssues?: { path: string; message: string }[] | null;
  /** The input field a server-side rule (an AppError) is about. */
  field?: string | null;
}

function dataOf(error: unknown): ErrorData | undefined {
  return error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined;
}

/** The tRPC code of a server error (e.g. "UNAUTHORIZED"); undefined when the server was not reached. */
export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

/**
 * The server's validation messages for the form's own fields (the first per field), already worded
 * in the page's language by the server; issues about anything else are left to the caller.
 */
export function fieldIssues<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const issues: Partial<Record<F, string>> = {};
  const data = dataOf(error);
  const named = fields.find((f) => f === data?.field);
  if (named && error instanceof TRPCClientError) issues[named] = error.message;
  for (const issue of data?.zodIssues ?? []) {
    const field = fields.find((f) => f === issue.path);
    if (field && !issues[field])
      issues[field] = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  }
  return issues;
}

/** The error a form shows above its button: none when every problem is shown at its field. */
export function formError(error: unknown, issues: Partial<Record<string, string>>): unknown {
  return Object.keys(issues).length > 0 ? null : error;
}
