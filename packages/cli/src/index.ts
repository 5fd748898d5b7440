export { runCli } from "./cli.js";
export { CliError } from "./cli-error.js";
export {
  type Command,
  type CommandContext,
  type CommandSpec,
  defineCommand,
  type OptionsSpec,
} from "./command.js";
export { type CliIo, processIo } from "./io.js";
export { parseFormat, printJson } from "./output.js";
