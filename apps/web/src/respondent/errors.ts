/** The tRPC error code of a failed call (NOT_FOUND, PRECONDITION_FAILED, …), or null for a network failure. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = (error as { data?: unknown }).data;
  if (typeof data !== "object" || data === null) return null;
  const code = (data as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** An answer from the server that retrying cannot change (as opposed to a lost connection or a 5xx). */
export function isClientError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code !== null && code !== "INTERNAL_SERVER_ERROR" && code !== "TOO_MANY_REQUESTS" && code !== "TIMEOUT"
  );
}
