import { describe, expect, it } from "vitest";
import { wrapWords } from "./charts.js";

describe("wrapWords", () => {
  it("breaks a profile name at spaces instead of cutting a word", () => {
    expect(wrapWords("Stevige basis, onbenut potentieel", 24, 2)).toEqual([
      "Stevige basis, onbenut",
      "potentieel",
    ]);
  });
  it("keeps a short name on one line and cuts only what does not fit in the last line", () => {
    expect(wrapWords("Koploper", 24, 2)).toEqual(["Koploper"]);
    const lines = wrapWords("een heel lange naam die echt niet in twee regels van tien past", 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    expect(lines[1]?.length).toBe(10);
  });
});
