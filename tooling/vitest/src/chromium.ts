import { accessSync, constants } from "node:fs";
import { missingService } from "./environment.js";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Path of a system Chromium (`CHROMIUM_PATH` first); null when none (throws in CI). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CANDIDATES;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not this one; try the next candidate
    }
  }
  return missingService(
    "Chromium",
    `none of ${candidates.join(", ")} is executable (apt-get install -y chromium)`,
    env,
  );
}

/** Launch flags that keep Chromium from reaching for hosts a closed network cannot reach. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
