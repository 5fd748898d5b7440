// `analyze ols` from a CSV of 1M rows × 15 columns against R (data.table::fread + lm + summary;
// base R read.csv when data.table is missing, said so), medians of BENCH_RUNS runs (default 3), back
// to back. Prints wall time, CPU time (user + system, fair on a shared machine) and peak memory
// (maximum resident set from /usr/bin/time -v), and the ratios. Run after `pnpm exec turbo run build`.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PREDICTORS = 14;
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "bin.js");
const dir = mkdtempSync(join(tmpdir(), "maturo-bench-ols-"));
const file = join(dir, "data.csv");

/** Deterministic data: y = 1 + Σ 0.1·j·x_j + noise, six decimals as a spreadsheet exports them. */
function writeData() {
  let state = 12345;
  const uniform = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const fd = openSync(file, "w");
  const names = Array.from({ length: PREDICTORS }, (_, j) => `x${j + 1}`);
  writeSync(fd, `y,${names.join(",")}\n`);
  let block = "";
  for (let i = 0; i < ROWS; i++) {
    const x = names.map(() => uniform() * 2 - 1);
    const y = 1 + x.reduce((s, v, j) => s + 0.1 * (j + 1) * v, 0) + (uniform() - 0.5);
    block += `${[y, ...x].map((v) => v.toFixed(6)).join(",")}\n`;
    if (block.length > 1 << 20) {
      writeSync(fd, block);
      block = "";
    }
  }
  writeSync(fd, block);
  closeSync(fd);
  return names;
}

function timed(command, args) {
  const run = spawnSync("/usr/bin/time", ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr.slice(-2000)}`);
  const field = (name) => run.stderr.match(new RegExp(`${name}: ([\\d.:]+)`))?.[1] ?? "0";
  const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")
    .split(":")
    .reduce((s, part) => s * 60 + Number(part), 0);
  const cpu = Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"));
  return {
    wall,
    cpu,
    mb: Number(field("Maximum resident set size \\(kbytes\\)")) / 1024,
    stdout: run.stdout,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function summary(runs) {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    mb: Math.max(...runs.map((r) => r.mb)),
  };
}

if (!existsSync("/usr/bin/time")) {
  console.log("skipped: /usr/bin/time is not installed (apt-get install -y time)");
  process.exit(0);
}
const names = writeData();
const ours = [];
const reference = [];
const fread = spawnSync("Rscript", ["-e", "suppressMessages(library(data.table))"]).status === 0;
const hasR = spawnSync("Rscript", ["--version"]).status === 0;
const script = join(dir, "reference.R");
if (hasR) {
  const read = fread ? `data.table::fread("${file}")` : `read.csv("${file}")`;
  writeFileSync(
    script,
    `d <- ${read}\ns <- summary(lm(y ~ ., data = d))\ncat(format(s$r.squared, digits = 15), "\\n")\n`,
  );
}
for (let r = 0; r < RUNS; r++) {
  ours.push(
    timed("node", [
      bin,
      "analyze",
      "ols",
      "--data",
      file,
      "--dependent",
      "y",
      "--predictors",
      names.join(","),
      "--format",
      "json",
    ]),
  );
  if (hasR) reference.push(timed("Rscript", [script]));
}
const a = summary(ours);
const rSquared = JSON.parse(ours[0].stdout).rSquared;
console.log(`analyze ols, ${ROWS} rows × ${PREDICTORS + 1} columns, median of ${RUNS}`);
console.log(
  `  maturo: wall ${a.wall.toFixed(2)} s, cpu ${a.cpu.toFixed(2)} s, peak ${a.mb.toFixed(0)} MB (R² ${rSquared})`,
);
if (hasR) {
  const b = summary(reference);
  const which = fread
    ? "data.table::fread + lm + summary"
    : "read.csv + lm + summary (data.table is not installed)";
  console.log(
    `  R (${which}): wall ${b.wall.toFixed(2)} s, cpu ${b.cpu.toFixed(2)} s, peak ${b.mb.toFixed(0)} MB (R² ${reference[0].stdout.trim()})`,
  );
  console.log(
    `  ratio: wall ${(a.wall / b.wall).toFixed(2)}×, cpu ${(a.cpu / b.cpu).toFixed(2)}× (target ≤ 1.5×); memory ${a.mb.toFixed(0)} MB (target < 400 MB)`,
  );
} else console.log("  R: skipped (Rscript is not installed)");
rmSync(dir, { recursive: true, force: true });
