import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";

export const serve = defineCommand({
  name: "serve",
  summary: "start the Maturo server (PORT, DATA_DIR, DATABASE_URL from the environment)",
  usage: `maturo serve [--port N] [--data-dir DIR]

Starts the server of @maturo/server with the same settings as \`pnpm start\`: /healthz, /trpc and
the web app, migrations at start, the demo in an empty data folder (MATURO_DEMO=off to skip).`,
  options: { port: { type: "string" }, "data-dir": { type: "string" } },
  async run({ values, io }) {
    let main: string;
    try {
      const require = createRequire(join(io.cwd, "package.json"));
      main = join(dirname(require.resolve("@maturo/server/package.json")), "dist", "main.js");
    } catch {
      throw new CliError(
        "no-server",
        "@maturo/server is not installed here; run `maturo serve` from the Maturo workspace root",
      );
    }
    const env = {
      ...process.env,
      ...(values.port ? { PORT: values.port } : {}),
      ...(values["data-dir"] ? { DATA_DIR: values["data-dir"] } : {}),
    };
    const child = spawn(process.execPath, [main], { cwd: io.cwd, env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    return new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  },
});
