/** One validation problem: `path` locates it (`sections[0].items[3].scale`), `message` says what is wrong. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** `path: message`, the one-line form the CLI prints. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

/** `sections[0].items[3].scale` from ["sections", 0, "items", 3, "scale"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      out += `[${segment}]`;
    } else {
      const key = String(segment);
      if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === "" ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out === "" ? "(root)" : out;
}

/** Prefix every problem's path (e.g. with a plugin id for checks across plugins). */
export function prefixProblems(prefix: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => ({ path: `${prefix}:${problem.path}`, message: problem.message }));
}
