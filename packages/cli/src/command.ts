import { type ParseArgsConfig, parseArgs } from "node:util";
import type { CliIo } from "./io.js";

export type OptionsSpec = NonNullable<ParseArgsConfig["options"]>;

type Parsed<O extends OptionsSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>
>;

export interface CommandContext<O extends OptionsSpec> {
  /** Parsed options, typed from the command's `options`. */
  readonly values: Parsed<O>["values"];
  readonly positionals: readonly string[];
  readonly io: CliIo;
}

export interface CommandSpec<O extends OptionsSpec> {
  /** The words that select the command, e.g. "plugin validate". */
  readonly name: string;
  /** One line for `maturo --help`. */
  readonly summary: string;
  /** Full usage text for `maturo <name> --help`; starts with the synopsis line. */
  readonly usage: string;
  /** node:util parseArgs options (parsed strictly: an unknown option is an error). */
  readonly options: O;
  /** Returns the exit code; throws CliError for a problem the user can fix. */
  run(context: CommandContext<O>): Promise<number> | number;
}

/** A registered command: parses its own arguments, so the dispatcher needs no per-command types. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  execute(args: readonly string[], io: CliIo): Promise<number>;
}

export function defineCommand<const O extends OptionsSpec>(spec: CommandSpec<O>): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    async execute(args, io) {
      const { values, positionals } = parseArgs({
        args: [...args],
        options: spec.options,
        strict: true,
        allowPositionals: true,
      });
      return spec.run({ values, positionals, io });
    },
  };
}
