// Writes instrument.schema.json at the package root from the built zod schemas, so plugin
// authors get completion in editors via "$schema" and the file ships with the package.
import { writeFileSync } from "node:fs";
import { instrumentJsonSchema } from "../dist/index.js";

const target = new URL("../instrument.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(instrumentJsonSchema(), null, 2)}\n`);
