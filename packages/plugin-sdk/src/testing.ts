import {
  type AnswerValue,
  type CompiledInstrument,
  compileInstruments,
  DEFAULT_FRAMEWORK,
  type Framework,
  type Instrument,
  isAsked,
  isRole,
  type NormalizedItem,
  ROLES,
  type Role,
} from "@maturo/model";
import { checkPlugins } from "./check-plugins.js";
import { formatProblem, prefixProblems } from "./problem.js";
import { createSnapshot, type InstrumentSnapshot, PluginProblemsError } from "./snapshot.js";
import { validatePlugin } from "./validate-plugin.js";

export interface TestHostOptions {
  readonly framework?: Framework;
}

/** An in-process host over a few plugins, for plugin authors' tests. */
export interface TestHost {
  readonly instruments: readonly Instrument[];
  readonly compiled: CompiledInstrument;
  readonly snapshot: InstrumentSnapshot;
  /** The normalised item with this id; throws if there is none. */
  item(id: string): NormalizedItem;
  /**
   * Ids of the items a respondent of `role` is asked, given the answers so far (roles and chained
   * showIf applied, by `isAsked` of @maturo/model). Throws when `role` is not a role or `answers`
   * names an item no plugin has, so a misspelt id cannot make a `.not.toContain` check pass.
   */
  askedItems(role: Role, answers?: Readonly<Record<string, AnswerValue>>): string[];
}

/**
 * Every problem of a plugin object (or of raw instrument data wrapped by definePlugin) as
 * `path: message` lines; empty when valid. Handy in `expect(problemLines(plugin)).toEqual([])`.
 */
export function problemLines(plugin: unknown, options: TestHostOptions = {}): string[] {
  const result = validatePlugin(plugin, options);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The plugin's validated instrument; throws an Error listing every problem otherwise. */
export function assertValidPlugin(plugin: unknown, options: TestHostOptions = {}): Instrument {
  const result = validatePlugin(plugin, options);
  if (!result.ok) throw new PluginProblemsError(result.problems);
  return result.instrument;
}

/**
 * Validate the plugins, check them together and compile them, as a Maturo host would. Throws
 * PluginProblemsError (message: one `path: message` line per problem) when anything is wrong.
 */
export function createTestHost(plugins: readonly unknown[], options: TestHostOptions = {}): TestHost {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const instruments: Instrument[] = [];
  const problems = [];
  for (const [index, plugin] of plugins.entries()) {
    const result = validatePlugin(plugin, { framework });
    if (result.ok) instruments.push(result.instrument);
    else problems.push(...prefixProblems(`plugins[${index}]`, result.problems));
  }
  problems.push(...checkPlugins(instruments, { framework }));
  if (problems.length > 0) throw new PluginProblemsError(problems);

  const compiled = compileInstruments(instruments, framework);
  const byId = new Map(compiled.items.map((item) => [item.id, item]));
  const snapshot = createSnapshot(instruments, framework);

  return {
    instruments,
    compiled,
    snapshot,
    item(id) {
      const found = byId.get(id);
      if (found === undefined)
        throw new Error(`no item "${id}" in ${instruments.map((i) => i.id).join(", ")}`);
      return found;
    },
    askedItems(role, answers = {}) {
      if (!isRole(role)) throw new Error(`askedItems: unknown role "${role}" (expected ${ROLES.join(", ")})`);
      const unknown = Object.keys(answers).filter((id) => !byId.has(id));
      if (unknown.length > 0) {
        throw new Error(
          `askedItems: answers name ${unknown.length === 1 ? "an unknown item" : "unknown items"} ${unknown.map((id) => `"${id}"`).join(", ")} (items of ${instruments.map((i) => i.id).join(", ")})`,
        );
      }
      return compiled.items.filter((item) => isAsked(item, role, answers, byId)).map((item) => item.id);
    },
  };
}

export interface ContractOptions extends TestHostOptions {
  /** Every item id must start with it (item ids are unique across all plugins), e.g. "org-". */
  readonly idPrefix: string;
  /** The plugin's README text: every item id must appear in it as `code`. */
  readonly readme?: string;
}

/**
 * What every published plugin should satisfy beyond validity, as one list of plain lines (empty
 * when all is well): valid as a plugin, item ids carry the subject prefix, every item has a text in
 * every declared locale, and the README lists every item.
 */
export function pluginContractProblems(plugin: unknown, options: ContractOptions): string[] {
  const invalid = problemLines(plugin, options);
  if (invalid.length > 0) return invalid;
  const instrument = assertValidPlugin(plugin, options);
  const problems: string[] = [];
  for (const section of instrument.sections) {
    for (const item of section.items) {
      if (!item.id.startsWith(options.idPrefix))
        problems.push(`${item.id}: id does not start with "${options.idPrefix}"`);
      for (const locale of instrument.locales) {
        if (!item.text[locale]?.trim()) problems.push(`${item.id}: no ${locale} text`);
      }
      if (options.readme !== undefined && !options.readme.includes(`\`${item.id}\``)) {
        problems.push(`${item.id}: not listed in the README`);
      }
    }
  }
  return problems;
}
