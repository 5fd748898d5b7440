import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkPlugins } from "../check-plugins.js";
import { type LoadedPlugin, loadPlugin } from "../load-plugin.js";
import { formatProblem } from "../problem.js";
import { inspectJson, inspectText } from "./inspect.js";
import { AuthoringError, newPlugin } from "./new-plugin.js";
import { type RunningPreview, startPreview } from "./preview-server.js";

/** Where the command writes and where it runs; tests pass their own. */
export interface AuthoringIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `maturo-plugin: write, check and preview a Maturo questionnaire plugin

  maturo-plugin new NAME [--dir DIR] [--maturo CHECKOUT]
      scaffold a plugin package in DIR (default ./NAME); --maturo packs the Maturo packages from a
      built checkout so "npm install" works before they are published
  maturo-plugin validate [DIR…]     every problem as "path: message"; several plugins are also
                                    checked together (default DIR: .)
  maturo-plugin inspect [DIR] [--json]
                                    the normalised instrument: items by node, scales, conditions
  maturo-plugin preview [DIR] [--port N]
                                    serve the questionnaire as respondents see it, in every language
                                    and for every role, on http://localhost:N (reloads on refresh)
`;

async function loadAll(specifiers: readonly string[], io: AuthoringIo): Promise<LoadedPlugin[] | null> {
  const plugins: LoadedPlugin[] = [];
  const lines: string[] = [];
  const several = specifiers.length > 1;
  for (const specifier of specifiers) {
    const result = await loadPlugin(specifier, { cwd: io.cwd });
    const prefix = several ? `${specifier}: ` : "";
    for (const warning of result.warnings) io.stderr(`warning: ${prefix}${warning}\n`);
    if (result.ok) plugins.push(result.plugin);
    else lines.push(...result.problems.map((problem) => `${prefix}${formatProblem(problem)}`));
  }
  if (lines.length === 0 && several) {
    lines.push(...checkPlugins(plugins.map((plugin) => plugin.instrument)).map(formatProblem));
  }
  if (lines.length === 0) return plugins;
  io.stderr(`${lines.join("\n")}\n`);
  return null;
}

/**
 * The maturo-plugin command. Resolves to the exit code, and, for `preview`, to the running preview
 * (which the caller closes). Never prints a stack trace: problems are plain lines on stderr.
 */
export async function runMaturoPlugin(
  args: readonly string[],
  io: AuthoringIo,
): Promise<{ exitCode: number; preview?: RunningPreview }> {
  const [command, ...rest] = args;
  let parsed: ReturnType<
    typeof parseArgs<{
      args: string[];
      options: {
        dir: { type: "string" };
        maturo: { type: "string" };
        port: { type: "string" };
        json: { type: "boolean" };
        help: { type: "boolean" };
      };
      allowPositionals: true;
      strict: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: {
        dir: { type: "string" },
        maturo: { type: "string" },
        port: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  const { values, positionals } = parsed;
  if (command === undefined || command === "help" || command === "--help" || values.help) {
    io.stdout(USAGE);
    return { exitCode: 0 };
  }
  const folders = positionals.length > 0 ? positionals : ["."];

  switch (command) {
    case "new": {
      const [name] = positionals;
      if (name === undefined || positionals.length > 1) {
        io.stderr(`expected one NAME\n\n${USAGE}`);
        return { exitCode: 2 };
      }
      try {
        const created = newPlugin({
          name,
          dir: resolve(io.cwd, values.dir ?? name),
          maturo: values.maturo === undefined ? undefined : resolve(io.cwd, values.maturo),
        });
        io.stdout(
          `created plugin "${name}" in ${created.dir}:\n${created.files.map((f) => `  ${f}`).join("\n")}\n`,
        );
        io.stdout(
          created.workspace
            ? "next: pnpm install, then validate the folder\n"
            : "next: npm install, npm run build, npm test, npm pack\n",
        );
        return { exitCode: 0 };
      } catch (error) {
        if (!(error instanceof AuthoringError)) throw error;
        io.stderr(`${error.message}\n`);
        return { exitCode: 1 };
      }
    }
    case "validate": {
      const plugins = await loadAll(folders, io);
      if (plugins === null) return { exitCode: 1 };
      for (const plugin of plugins) {
        const items = plugin.instrument.sections.reduce((sum, section) => sum + section.items.length, 0);
        io.stdout(`${plugin.id} ${plugin.version}: valid (${items} items, ${plugin.hash})\n`);
      }
      return { exitCode: 0 };
    }
    case "inspect": {
      const plugins = await loadAll(folders.slice(0, 1), io);
      const plugin = plugins?.[0];
      if (plugin === undefined) return { exitCode: 1 };
      io.stdout(values.json ? `${JSON.stringify(inspectJson(plugin), null, 2)}\n` : inspectText(plugin));
      return { exitCode: 0 };
    }
    case "preview": {
      const port = values.port === undefined ? 4321 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.stderr(`--port: expected a port number, got "${values.port}"\n`);
        return { exitCode: 2 };
      }
      const preview = await startPreview(folders[0] ?? ".", { cwd: io.cwd, port });
      io.stdout(`preview of ${folders[0]} on ${preview.url} (Ctrl+C stops it)\n`);
      return { exitCode: 0, preview };
    }
    default:
      io.stderr(`unknown command "${command}"\n\n${USAGE}`);
      return { exitCode: 2 };
  }
}
