#!/usr/bin/env node
import { runMaturoPlugin } from "./authoring/run-maturo-plugin.js";

const { exitCode, preview } = await runMaturoPlugin(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
// A preview keeps serving until the author stops it.
if (preview === undefined) process.exitCode = exitCode;
