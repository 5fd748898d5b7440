import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The built web app ships as the `dist/` folder of the workspace package @maturo/web. */
export function defaultWebRoot(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@maturo/web/package.json")), "dist");
}
