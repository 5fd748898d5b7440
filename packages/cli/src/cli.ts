import { readFileSync } from "node:fs";
import { CliError } from "./cli-error.js";
import type { Command } from "./command.js";
import * as registry from "./commands/index.js";
import type { CliIo } from "./io.js";

const COMMANDS: readonly Command[] = (Object.values(registry) as unknown[])
  .filter(isCommand)
  .sort((a, b) => a.name.localeCompare(b.name));

function isCommand(value: unknown): value is Command {
  return typeof value === "object" && value !== null && "execute" in value && "name" in value;
}

function version(): string {
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed === "object" &&
    parsed !== null &&
    "version" in parsed &&
    typeof parsed.version === "string"
  ) {
    return parsed.version;
  }
  return "unknown";
}

function overview(commands: readonly Command[], heading = "usage: maturo <command> [options]"): string {
  const width = Math.max(0, ...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `${heading}\n\ncommands:\n${lines.join("\n")}\n\nRun "maturo <command> --help" for a command's options.\n`;
}

/** The command whose name is the longest prefix of the arguments, and the arguments after it. */
function findCommand(
  commands: readonly Command[],
  argv: readonly string[],
): { command: Command; rest: readonly string[] } | null {
  let best: { command: Command; rest: readonly string[] } | null = null;
  for (const command of commands) {
    const words = command.name.split(" ");
    const matches = words.every((word, index) => argv[index] === word);
    if (matches && (best === null || words.length > best.command.name.split(" ").length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("ERR_PARSE_ARGS")
  );
}

/**
 * Run `maturo` with the given arguments; returns the exit code. Never throws and never prints a
 * stack trace: user problems are CliError lines, anything else is reported as an internal error.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const first = argv[0];
  if (first === undefined) {
    io.stderr(overview(commands));
    return 1;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    io.stdout(overview(commands));
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const found = findCommand(commands, argv);
  if (found === null) {
    const group = commands.filter((command) => command.name.split(" ")[0] === first);
    if (group.length > 0) {
      io.stderr(overview(group, `usage: maturo ${first} <command> [options]`));
    } else {
      io.stderr(`maturo: unknown command "${argv.join(" ")}". Run "maturo --help" for the list.\n`);
    }
    return 1;
  }
  const { command, rest } = found;
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.execute(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.lines) io.stderr(`${line}\n`);
      return error.exitCode;
    }
    if (isParseArgsError(error)) {
      io.stderr(`maturo ${command.name}: ${describeError(error)}\n${command.usage.split("\n")[0] ?? ""}\n`);
      return 1;
    }
    io.stderr(`maturo ${command.name}: internal error: ${describeError(error)}\n`);
    return 1;
  }
}
