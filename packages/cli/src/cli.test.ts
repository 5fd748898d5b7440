import { describe, expect, it } from "vitest";
import { runCli } from "./cli.js";
import { CliError } from "./cli-error.js";
import { defineCommand } from "./command.js";
import type { CliIo } from "./io.js";
import { printJson } from "./output.js";
import { captureIo } from "./test-fixtures/capture-io.js";

function capture(): CliIo & { out: string; err: string } {
  return captureIo(process.cwd());
}

const echo = defineCommand({
  name: "demo echo",
  summary: "print the arguments",
  usage: "maturo demo echo WORD... [--upper]",
  options: { upper: { type: "boolean" } },
  run({ values, positionals, io }) {
    const text = positionals.join(" ");
    printJson(io, { text: values.upper ? text.toUpperCase() : text, ratio: Number.POSITIVE_INFINITY });
    return 0;
  },
});
const fail = defineCommand({
  name: "demo fail",
  summary: "fail with problems",
  usage: "maturo demo fail",
  options: {},
  run() {
    throw new CliError("bad", ["a: first", "b: second"]);
  },
});
const crash = defineCommand({
  name: "demo crash",
  summary: "an unexpected error",
  usage: "maturo demo crash",
  options: {},
  run() {
    throw new Error("boom");
  },
});
const commands = [echo, fail, crash];

describe("runCli", () => {
  it("dispatches to the command and prints one JSON document with non-finite numbers as null", async () => {
    const io = capture();
    expect(await runCli(["demo", "echo", "hi", "there", "--upper"], io, commands)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ text: "HI THERE", ratio: null });
    expect(io.err).toBe("");
  });

  it("reports CliError lines on stderr with exit 1", async () => {
    const io = capture();
    expect(await runCli(["demo", "fail"], io, commands)).toBe(1);
    expect(io.err).toBe("a: first\nb: second\n");
    expect(io.out).toBe("");
  });

  it("never prints a stack trace", async () => {
    const io = capture();
    expect(await runCli(["demo", "crash"], io, commands)).toBe(1);
    expect(io.err).toBe("maturo demo crash: internal error: boom\n");
  });

  it("rejects unknown options and commands", async () => {
    const io = capture();
    expect(await runCli(["demo", "echo", "--loud"], io, commands)).toBe(1);
    expect(io.err).toContain("--loud");
    const other = capture();
    expect(await runCli(["nope"], other, commands)).toBe(1);
    expect(other.err).toContain('unknown command "nope"');
  });

  it("lists a group's commands and shows help", async () => {
    const io = capture();
    expect(await runCli(["demo"], io, commands)).toBe(1);
    expect(io.err).toContain("demo echo");
    const help = capture();
    expect(await runCli(["demo", "echo", "--help"], help, commands)).toBe(0);
    expect(help.out).toContain("maturo demo echo WORD...");
    const all = capture();
    expect(await runCli(["--help"], all, commands)).toBe(0);
    expect(all.out).toContain("demo fail");
  });
});
