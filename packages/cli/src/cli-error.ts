/**
 * A problem the user can fix. `lines` go to stderr one per line (e.g. every validation problem as
 * `path: message`); the command exits with `exitCode`. Never carries a stack trace to the user.
 */
export class CliError extends Error {
  readonly code: string;
  readonly lines: readonly string[];
  readonly exitCode: number;

  constructor(code: string, lines: string | readonly string[], exitCode = 1) {
    const all = typeof lines === "string" ? [lines] : lines;
    super(all.join("\n"));
    this.name = "CliError";
    this.code = code;
    this.lines = all;
    this.exitCode = exitCode;
  }
}
