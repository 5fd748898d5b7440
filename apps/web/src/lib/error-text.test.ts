import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { errorText } from "./error-text.js";

function serverError(code: string, message: string): TRPCClientError<never> {
  return new TRPCClientError(message, {
    result: { error: { message, code: -32600, data: { code, httpStatus: 400 } } } as never,
  });
}

describe("errorText", () => {
  it("says what went wrong in the reader's language", () => {
    expect(errorText(serverError("FORBIDDEN", "your role may not do this"), "nl")).toBe(
      "U hebt geen toegang tot dit onderdeel.",
    );
    expect(errorText(serverError("FORBIDDEN", "your role may not do this"), "en")).toBe(
      "You do not have access to this.",
    );
  });

  it("keeps the server's detail that names the field after a translated lead", () => {
    expect(errorText(serverError("BAD_REQUEST", 'code: an organisation with code "X" exists'), "nl")).toBe(
      'De invoer klopt niet: code: an organisation with code "X" exists',
    );
  });

  it("treats anything that is not a server answer as a connection problem", () => {
    expect(errorText(new TypeError("fetch failed"), "en")).toMatch(/cannot be reached/);
  });
});
