import { createHash } from "node:crypto";
import {
  type CompiledInstrument,
  canonicalJson,
  compileInstruments,
  DEFAULT_FRAMEWORK,
  type Framework,
  FrameworkSchema,
  type Instrument,
  InstrumentSchema,
} from "@maturo/model";
import { z } from "zod";
import { checkPlugins } from "./check-plugins.js";
import { formatProblem, type Problem } from "./problem.js";

function sha256(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

function content(instrument: Instrument): Omit<Instrument, "$schema"> {
  const { $schema: _editorHint, ...rest } = instrument;
  return rest;
}

/**
 * Content hash of an instrument: sha256 over its canonical JSON (keys sorted, no whitespace), without
 * the editor-only `$schema`. Formatting and key order do not change it; any content change does.
 */
export function hashInstrument(instrument: Instrument): string {
  return sha256(canonicalJson(content(instrument)));
}

export const SNAPSHOT_FORMAT = 1;

export const SnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  framework: FrameworkSchema,
  plugins: z
    .array(
      z.strictObject({
        id: z.string(),
        version: z.string(),
        apiVersion: z.number(),
        hash: z.string(),
        instrument: InstrumentSchema,
      }),
    )
    .min(1),
});

/**
 * An immutable record of exactly what a campaign was answered with: the framework and each plugin's
 * full instrument. Campaigns store it and pin `hash`; upgrading a plugin never changes it.
 */
export type InstrumentSnapshot = z.infer<typeof SnapshotSchema>;

/** Raised when plugins cannot be combined; `problems` lists every reason. */
export class PluginProblemsError extends Error {
  readonly code = "plugin-problems";
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "PluginProblemsError";
    this.problems = problems;
  }
}

function snapshotHash(framework: Framework, instruments: readonly Instrument[]): string {
  return sha256(canonicalJson({ framework, instruments: instruments.map(content) }));
}

/** Snapshot validated instruments; throws PluginProblemsError when they cannot be used together. */
export function createSnapshot(
  instruments: readonly Instrument[],
  framework: Framework = DEFAULT_FRAMEWORK,
): InstrumentSnapshot {
  const problems = checkPlugins(instruments, { framework });
  if (problems.length > 0) throw new PluginProblemsError(problems);
  const stored = instruments.map((instrument) => structuredClone(content(instrument)));
  return {
    format: SNAPSHOT_FORMAT,
    hash: snapshotHash(framework, stored),
    framework: structuredClone(framework),
    plugins: stored.map((instrument) => ({
      id: instrument.id,
      version: instrument.version,
      apiVersion: instrument.apiVersion,
      hash: hashInstrument(instrument),
      instrument,
    })),
  };
}

/** Parse a stored snapshot and check every hash; returns the problems (empty when intact). */
export function verifySnapshot(value: unknown): Problem[] {
  const parsed = SnapshotSchema.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.join(".") || "(root)",
      message: issue.message,
    }));
  }
  const snapshot = parsed.data;
  const problems: Problem[] = [];
  snapshot.plugins.forEach((plugin, index) => {
    if (hashInstrument(plugin.instrument) !== plugin.hash) {
      problems.push({
        path: `plugins[${index}].hash`,
        message: `does not match the content of plugin "${plugin.id}"`,
      });
    }
  });
  const instruments = snapshot.plugins.map((plugin) => plugin.instrument);
  if (snapshotHash(snapshot.framework, instruments) !== snapshot.hash) {
    problems.push({ path: "hash", message: "does not match the snapshot's content" });
  }
  return problems;
}

/** The compiled instrument (what scoring consumes) of a snapshot. */
export function compileSnapshot(snapshot: InstrumentSnapshot): CompiledInstrument {
  return compileInstruments(
    snapshot.plugins.map((plugin) => plugin.instrument),
    snapshot.framework,
  );
}
