import type { CliIo } from "../io.js";

/** A CliIo that keeps what a command writes, for assertions; `cwd` is where the command runs. */
export function captureIo(cwd: string = process.cwd()): CliIo & { out: string; err: string } {
  const io = {
    cwd,
    out: "",
    err: "",
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
