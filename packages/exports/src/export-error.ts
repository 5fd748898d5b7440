/** A dataset that cannot be exported; `problems` lists every problem, one line each. */
export class ExportError extends Error {
  readonly code = "invalid-export-dataset";
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `the dataset cannot be exported: ${problems.length === 1 ? problems[0] : `${problems.length} problems\n${problems.join("\n")}`}`,
    );
    this.name = "ExportError";
    this.problems = problems;
  }
}
