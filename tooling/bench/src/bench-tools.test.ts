import { describe, expect, it } from "vitest";
import { medianTimes, runReference } from "./index.js";

describe("medianTimes", () => {
  it("runs the function the given number of times and returns the last result", () => {
    let calls = 0;
    const timed = medianTimes(() => ++calls, 3);
    expect(calls).toBe(3);
    expect(timed.value).toBe(3);
    expect(timed.seconds).toBeGreaterThanOrEqual(0);
    expect(timed.wallSeconds).toBeGreaterThanOrEqual(0);
  });
});

describe("runReference", () => {
  it("parses the last line the script prints as JSON", () => {
    const script = 'console.log("warming up"); console.log(JSON.stringify({ seconds: 1.5 }))';
    expect(runReference(process.execPath, ["--version"], ["-e", script])).toEqual({ seconds: 1.5 });
  });

  it("gives the script one BLAS thread", () => {
    const script = "console.log(JSON.stringify({ threads: process.env.OPENBLAS_NUM_THREADS }))";
    expect(runReference(process.execPath, ["--version"], ["-e", script])).toEqual({ threads: "1" });
  });

  it("says why it skipped when the interpreter is missing, with the hint", () => {
    const notice = runReference("/nonexistent/python3", ["-c", "import numpy"], ["x.py"], "install numpy");
    expect(notice).toMatch(
      /^skipped: \/nonexistent\/python3 -c import numpy failed \(.*ENOENT.*\); install numpy$/,
    );
  });

  it("says why it skipped when the script fails", () => {
    const notice = runReference(process.execPath, ["--version"], ["-e", "process.exit(3)"]);
    expect(notice).toBe("skipped: -e exited 3: ");
  });
});
