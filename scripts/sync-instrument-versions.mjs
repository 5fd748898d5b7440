// After `changeset version`: give every plugin's instrument.json the version its package.json now
// has, since a plugin whose two versions differ is refused (docs/decisions.md, "First release and
// versions"). Only the "version" line is rewritten, so the file keeps its layout.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../plugins/", import.meta.url).pathname;
for (const name of readdirSync(root)) {
  const instrumentFile = join(root, name, "instrument.json");
  if (!existsSync(instrumentFile)) continue;
  const { version } = JSON.parse(readFileSync(join(root, name, "package.json"), "utf8"));
  const text = readFileSync(instrumentFile, "utf8");
  const next = text.replace(/"version": "[^"]*"/, `"version": "${version}"`);
  if (next !== text) {
    writeFileSync(instrumentFile, next);
    console.log(`plugins/${name}/instrument.json: version ${version}`);
  }
}
