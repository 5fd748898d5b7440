import { DEFAULT_FRAMEWORK, type Framework, type Instrument } from "@maturo/model";
import { formatPath, type Problem } from "./problem.js";
import { orderProblems } from "./validate-instrument.js";

export interface CheckPluginsOptions {
  readonly framework?: Framework;
  /** Locales the combination must offer; default: every locale any of the plugins declares. */
  readonly locales?: readonly string[];
}

/**
 * Checks across validated instruments that are used together: duplicate plugin ids, item ids used by
 * more than one plugin, items on nodes the framework lacks, and locales some plugin has no texts for.
 * Paths are prefixed with the plugin id: `users:sections[0].items[2].id`.
 */
export function checkPlugins(
  instruments: readonly Instrument[],
  options: CheckPluginsOptions = {},
): Problem[] {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const nodes = new Map(framework.nodes.map((node) => [node.id, node]));
  const required = options.locales ?? [...new Set(instruments.flatMap((instrument) => instrument.locales))];
  const problems: Problem[] = [];
  const pluginIds = new Set<string>();
  const owners = new Map<string, string>();

  for (const instrument of instruments) {
    const at = (path: readonly PropertyKey[]): string => `${instrument.id}:${formatPath(path)}`;
    if (pluginIds.has(instrument.id)) {
      problems.push({
        path: at(["id"]),
        message: `plugin "${instrument.id}" is included more than once: list it only once`,
      });
      continue;
    }
    pluginIds.add(instrument.id);
    for (const locale of required) {
      if (!instrument.locales.includes(locale)) {
        problems.push({
          path: at(["locales"]),
          message: `no texts for locale "${locale}", which the other plugins offer: add them, or declare a fallback in the plugin's package.json ("maturo": { "localeFallbacks": { "${locale}": "…" } })`,
        });
      }
    }
    instrument.sections.forEach((section, sectionIndex) => {
      section.items.forEach((item, itemIndex) => {
        const path = ["sections", sectionIndex, "items", itemIndex];
        const owner = owners.get(item.id);
        if (owner !== undefined) {
          problems.push({
            path: at([...path, "id"]),
            message: `item id "${item.id}" is also used by plugin "${owner}": item ids must be unique across plugins, so rename it (start every item id with the plugin's id, e.g. "${instrument.id}-…")`,
          });
        } else {
          owners.set(item.id, instrument.id);
        }
        const node = nodes.get(item.node);
        if (node === undefined) {
          problems.push({
            path: at([...path, "node"]),
            message: `unknown node "${item.node}" in framework "${framework.id}"`,
          });
        } else if (node.kind !== "category") {
          problems.push({ path: at([...path, "node"]), message: `"${item.node}" is not a category` });
        }
      });
    });
  }
  return orderProblems(problems);
}
