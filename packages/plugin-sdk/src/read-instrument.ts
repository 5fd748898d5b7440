import { readFileSync } from "node:fs";

/**
 * Read a plugin's instrument.json for its entry module:
 * `definePlugin({ instrument: readInstrument(new URL("../instrument.json", import.meta.url)) })`.
 * Throws with a plain message when the file is missing or is not JSON; hosts report that as a problem.
 */
export function readInstrument(url: URL | string): unknown {
  const text = readFileSync(url, "utf8");
  return JSON.parse(text);
}
