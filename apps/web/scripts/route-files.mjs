// What a route loads, read from Vite's build manifest, for scripts/size.mjs (the budget).

export const RESPONDENT_SOURCE = "src/respondent/respondent-app.tsx";

/**
 * @typedef {Record<string, {file: string, src?: string, isEntry?: boolean, imports?: string[], css?: string[]}>} Manifest
 */

/** Manifest keys of the entry chunk and of the respondent chunk (undefined when missing). */
export function routeKeys(/** @type {Manifest} */ manifest) {
  return {
    entryKey: Object.keys(manifest).find((key) => manifest[key]?.isEntry),
    respondentKey: Object.keys(manifest).find((key) => manifest[key]?.src === RESPONDENT_SOURCE),
  };
}

/** Files a chunk loads before it runs: itself, its static imports (transitively) and their CSS. */
export function collect(
  /** @type {Manifest} */ manifest,
  /** @type {string} */ key,
  /** @type {Set<string>} */ files,
  /** @type {Set<string>} */ seen,
) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) collect(manifest, imported, files, seen);
}
