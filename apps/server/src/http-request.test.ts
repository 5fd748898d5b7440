import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientIp, isHttps, trustedHops } from "./http-request.js";

function request(headers: Record<string, string>, remoteAddress = "10.0.0.2"): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe("the client's address behind trusted proxies", () => {
  const chain = { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" };

  it("takes the address the outermost trusted proxy added, never the client's own claim", () => {
    expect(clientIp(request(chain), 0)).toBe("10.0.0.2");
    expect(clientIp(request(chain), 1)).toBe("10.0.0.1");
    expect(clientIp(request(chain), 2)).toBe("203.0.113.7");
    // More hops configured than the list holds: the left-most entry, the nearest one left.
    expect(clientIp(request({ "x-forwarded-for": "203.0.113.7" }), 3)).toBe("203.0.113.7");
    expect(clientIp(request({}), 1)).toBe("10.0.0.2");
  });

  it("reads X-Forwarded-Proto only from a trusted proxy", () => {
    expect(isHttps(request({ "x-forwarded-proto": "https" }), 0)).toBe(false);
    expect(isHttps(request({ "x-forwarded-proto": "https" }), 1)).toBe(true);
    expect(isHttps(request({ "x-forwarded-proto": "https, http" }), 1)).toBe(false);
  });

  it("counts TRUST_PROXY=true as one hop and false as none", () => {
    expect([trustedHops(true), trustedHops(false), trustedHops(2)]).toEqual([1, 0, 2]);
  });
});
