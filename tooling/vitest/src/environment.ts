/** True when the run must not skip suites that need outside services (CI=true). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/**
 * Called when a suite's service is missing. In CI that is a failure; elsewhere the suite is skipped
 * and the reason printed so nobody mistakes a skip for a pass.
 */
export function missingService(what: string, hint: string, env: NodeJS.ProcessEnv = process.env): null {
  const message = `${what} is not available: ${hint}`;
  if (isCi(env)) throw new Error(`${message} (CI=true: this suite is mandatory)`);
  console.warn(`\n  NOTICE: skipping the ${what} suite — ${message}\n`);
  return null;
}
