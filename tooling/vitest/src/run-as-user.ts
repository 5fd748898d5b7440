import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The environment without what pnpm and npm set for their own scripts, so npm behaves as in a shell. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key) && key !== "NODE_OPTIONS"),
  );
}

/**
 * Run a command as a user would in a shell at `cwd` (npm, node, a package's bin) and return its
 * stdout; a failure throws with the command, the folder and both outputs, so a test says why.
 */
export async function runAsUser(command: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(command, [...args], { cwd, env: userEnv(), maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(" ")} failed in ${cwd}:\n${failed.stdout ?? ""}\n${failed.stderr ?? ""}`,
    );
  }
}
