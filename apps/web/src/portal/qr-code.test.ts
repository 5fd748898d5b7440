import { decodeQR } from "qr/decode.js";
import { describe, expect, it } from "vitest";
import { qrPath } from "./qr-code.js";

/** Rasterises the SVG path of unit squares (4 pixels a module) into an RGBA image, as a phone camera would see it. */
function rasterise({ size, path }: { size: number; path: string }): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const scale = 4;
  const width = size * scale;
  const data = new Uint8Array(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data.fill(0, at, at + 3);
      }
  }
  return { width, height: width, data };
}

describe("the QR code of a letter", () => {
  it("decodes back to the exact personal link", () => {
    for (const link of [
      "https://maturo.example.org/s/q2Zr8kq3mX0vYb7w1nL4cT9sUe6hJf5dAa2Gp0RzKxQ",
      "http://localhost:4173/s/abc-DEF_123",
    ]) {
      expect(decodeQR(rasterise(qrPath(link)))).toBe(link);
    }
  });

  it("keeps a quiet zone of four modules on every side", () => {
    const { size, path } = qrPath("https://maturo.example.org/s/x");
    const coordinates = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap(([, x, y]) => [Number(x), Number(y)]);
    expect(Math.min(...coordinates)).toBe(4);
    expect(Math.max(...coordinates)).toBe(size - 5);
  });
});
