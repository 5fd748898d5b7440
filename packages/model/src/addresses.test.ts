import { describe, expect, it } from "vitest";
import { addressKey, addressOf, parseAddressList } from "./addresses.js";

describe("parseAddressList", () => {
  it("reads bare addresses separated by line breaks, commas, semicolons and spaces", () => {
    const parsed = parseAddressList(
      "an@example.org\nbo@example.org, cy@example.org; dy@example.org ed@example.org",
    );
    expect(parsed.addresses.map((a) => a.address)).toEqual([
      "an@example.org",
      "bo@example.org",
      "cy@example.org",
      "dy@example.org",
      "ed@example.org",
    ]);
    expect(parsed.addresses.map((a) => a.line)).toEqual([1, 2, 2, 2, 2]);
    expect(parsed.problems).toEqual([]);
  });

  it("reads what a mail program copies: names, quoted names with commas, semicolons between", () => {
    const parsed = parseAddressList(
      'An Janssens <An.Janssens@Example.org>; "Peeters, Bo" <bo@example.org>;\r\n<cy@example.org>',
    );
    expect(parsed.addresses.map((a) => a.address)).toEqual([
      "An.Janssens@Example.org",
      "bo@example.org",
      "cy@example.org",
    ]);
    expect(parsed.addresses[1]?.entry).toBe('"Peeters, Bo" <bo@example.org>');
  });

  it("keeps each address once, case-insensitively, and reports the repeats with their line", () => {
    const parsed = parseAddressList(
      "an@example.org\nAn Janssens <AN@example.org>\nbo@example.org\nan@example.org",
    );
    expect(parsed.addresses.map((a) => a.address)).toEqual(["an@example.org", "bo@example.org"]);
    expect(parsed.repeated.map((a) => [a.address, a.line])).toEqual([
      ["AN@example.org", 2],
      ["an@example.org", 4],
    ]);
  });

  it("names every entry that is not an address, with its line", () => {
    const parsed = parseAddressList(
      "an@example.org\n\nAn Janssens an@@example.org\nbo@example, <>\nAn <x@y.org",
    );
    expect(parsed.problems).toEqual([
      { entry: "An", line: 3 },
      { entry: "Janssens", line: 3 },
      { entry: "an@@example.org", line: 3 },
      { entry: "bo@example", line: 4 },
      { entry: "<>", line: 4 },
      { entry: "An <x@y.org", line: 5 },
    ]);
    expect(parsed.addresses.map((a) => a.address)).toEqual(["an@example.org"]);
  });
});

describe("addressOf and addressKey", () => {
  it("take the address between angle brackets and compare without case", () => {
    expect(addressOf("  An Janssens <an@example.org>  ")).toBe("an@example.org");
    expect(addressOf("an@example.org")).toBe("an@example.org");
    expect(addressOf("An Janssens")).toBeNull();
    expect(addressOf(`${"a".repeat(250)}@example.org`)).toBeNull();
    expect(addressKey("An@Example.ORG")).toBe(addressKey("an@example.org"));
  });
});
