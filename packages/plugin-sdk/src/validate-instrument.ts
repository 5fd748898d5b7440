import {
  API_VERSION,
  DEFAULT_FRAMEWORK,
  type Framework,
  type Instrument,
  InstrumentSchema,
  LocaleSchema,
} from "@maturo/model";
import { applyLocaleFallbacks, type LocaleFallbacks } from "./locale-fallbacks.js";
import { localizedTexts } from "./localized-texts.js";
import { describeLocale, PLATFORM_LOCALES } from "./platform-locales.js";
import { formatPath, type Problem } from "./problem.js";

export type ValidationResult =
  | {
      readonly ok: true;
      readonly instrument: Instrument;
      readonly problems: readonly [];
      /** Things that work but deserve a look, e.g. texts shown in a fallback locale. */
      readonly warnings?: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings?: readonly string[] };

export interface ValidateOptions {
  /** The framework whose nodes and lenses items may refer to; default DEFAULT_FRAMEWORK. */
  readonly framework?: Framework;
  /** Locales every text must have; default the platform's (PLATFORM_LOCALES: nl, en). */
  readonly requiredLocales?: readonly string[];
  /** Locales that stand in for missing ones, as the plugin declares them (`{ "nl": "en" }`). */
  readonly localeFallbacks?: LocaleFallbacks;
}

type Path = readonly PropertyKey[];
type UnknownRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isPoint(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** The value at `path` in `data`, for messages that quote what the author wrote. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function reword(issue: SchemaIssue, data: unknown): string {
  if (/received undefined$/.test(issue.message)) return "required field is missing";
  if (issue.code === "too_big" && issue.origin === "number") {
    return `${describeValue(valueAt(data, issue.path))} is too large: the largest allowed is ${issue.maximum}`;
  }
  if (issue.code === "too_small" && issue.origin === "number") {
    return `${describeValue(valueAt(data, issue.path))} is too small: the smallest allowed is ${issue.minimum}`;
  }
  if (issue.code === "invalid_key") {
    const key = String(issue.path[issue.path.length - 1] ?? "");
    const reasons = issue.issues.map((inner) => inner.message).join("; ");
    return `"${key}" is not allowed as a key here (${reasons})`;
  }
  if (issue.code === "invalid_value") {
    const found = valueAt(data, issue.path);
    const allowed = issue.values.map((value) => String(value)).join(", ");
    return `${found === undefined ? "nothing" : JSON.stringify(found)} is not one of the allowed values: ${allowed}`;
  }
  if (issue.code === "too_small" && issue.origin === "array" && issue.message.startsWith("Too small")) {
    return `must list at least ${issue.minimum} ${issue.minimum === 1 ? "entry" : "entries"}`;
  }
  return issue.message
    .replace(/^Invalid input: /, "")
    .replace(/expected record/, "expected an object")
    .replace(/^Invalid option: /, "");
}

/** Zod's structural issues as problems, reworded where its default message would puzzle a plugin author. */
type SchemaIssue = NonNullable<ReturnType<typeof InstrumentSchema.safeParse>["error"]>["issues"][number];

function schemaProblems(data: unknown, issues: readonly SchemaIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...issue.path, key]), message: `unknown field "${key}"` });
      }
      continue;
    }
    if (issue.path.length === 1 && issue.path[0] === "apiVersion" && isRecord(data)) {
      const found = data.apiVersion;
      problems.push({
        path: "apiVersion",
        message:
          found === undefined
            ? `required field is missing (this host supports contract version ${API_VERSION})`
            : `contract version ${describeValue(found)} is not supported; this host supports version ${API_VERSION}`,
      });
      continue;
    }
    problems.push({ path: formatPath(issue.path), message: reword(issue, data) });
  }
  return problems;
}

interface ItemInfo {
  readonly id: string;
  readonly index: number;
  readonly path: Path;
  readonly points: number | null;
  readonly showIf: UnknownRecord | null;
}

/**
 * Checks a schema cannot express: references, duplicates, locale coverage, scale consistency,
 * conditions. Written against `unknown` so that it runs (and reports) even when the structure is
 * partly wrong; wrong types themselves are left to the schema.
 */
function semanticProblems(data: unknown, framework: Framework, required: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string): void => {
    problems.push({ path: formatPath(path), message });
  };
  if (!isRecord(data)) return problems;

  const localeList = Array.isArray(data.locales) ? data.locales : [];
  const declared: string[] = [];
  localeList.forEach((locale, index) => {
    if (!isString(locale)) return;
    if (declared.includes(locale)) add(["locales", index], `duplicate locale "${locale}"`);
    else declared.push(locale);
  });

  if (Array.isArray(data.locales)) {
    for (const locale of required) {
      if (declared.includes(locale)) continue;
      const fallback = declared[0] ?? "en";
      add(
        ["locales"],
        `${describeLocale(locale)} is missing: respondents use Maturo in ${required.join(" and ")}, so add "${locale}" to "locales" and a ${describeLocale(locale)} version of every text, or declare a fallback in the plugin's package.json: "maturo": { "localeFallbacks": { "${locale}": "${fallback}" } }`,
      );
    }
  }

  const scalePoints = new Map<string, number | null>();
  const scalesKnown = Array.isArray(data.scales);
  if (Array.isArray(data.scales)) {
    data.scales.forEach((scale: unknown, index) => {
      if (!isRecord(scale)) return;
      const path = ["scales", index];
      const points = isPoint(scale.points) && scale.points >= 2 ? scale.points : null;
      if (isString(scale.id)) {
        if (scalePoints.has(scale.id)) add([...path, "id"], `duplicate scale id "${scale.id}"`);
        else scalePoints.set(scale.id, points);
      }
      if (Array.isArray(scale.positive)) {
        const seen = new Set<number>();
        scale.positive.forEach((point: unknown, pointIndex) => {
          if (!isPoint(point)) return;
          if (points !== null && (point < 1 || point > points)) {
            add([...path, "positive", pointIndex], `point ${point} is not on the scale 1..${points}`);
          }
          if (seen.has(point)) add([...path, "positive", pointIndex], `duplicate point ${point}`);
          seen.add(point);
        });
        if (points !== null && seen.size >= points) {
          add([...path, "positive"], "every point is positive; % positive would always be 100");
        }
      }
      if (isRecord(scale.labels)) {
        for (const [locale, labels] of Object.entries(scale.labels)) {
          if (Array.isArray(labels) && points !== null && labels.length !== points) {
            add([...path, "labels", locale], `${labels.length} labels for a ${points}-point scale`);
          }
        }
      }
      if (scale.dontKnowLabel !== undefined && scale.dontKnow !== true) {
        add([...path, "dontKnowLabel"], 'a "don\'t know" label on a scale without "dontKnow": true');
      }
    });
  }

  const nodes = new Map(framework.nodes.map((node) => [node.id, node]));
  const lenses = new Map(framework.lenses.map((lens) => [lens.id, new Set(lens.tags.map((tag) => tag.id))]));
  const categories = framework.nodes.filter((node) => node.kind === "category").map((node) => node.id);
  const firstCategory = categories[0] ?? "";
  const items = new Map<string, ItemInfo>();
  const itemOrder: ItemInfo[] = [];
  const sectionIds = new Map<string, number>();

  const sections = Array.isArray(data.sections) ? data.sections : [];
  sections.forEach((section: unknown, sectionIndex) => {
    if (!isRecord(section)) return;
    const sectionPath = ["sections", sectionIndex];
    if (isString(section.id)) {
      const first = sectionIds.get(section.id);
      if (first !== undefined)
        add([...sectionPath, "id"], `duplicate section id "${section.id}" (also sections[${first}])`);
      else sectionIds.set(section.id, sectionIndex);
    }
    if (!Array.isArray(section.items)) return;
    section.items.forEach((item: unknown, itemIndex) => {
      if (!isRecord(item)) return;
      const path = [...sectionPath, "items", itemIndex];

      let points: number | null = null;
      if (isString(item.scale) && scalesKnown) {
        if (!scalePoints.has(item.scale)) {
          const known = [...scalePoints.keys()];
          add(
            [...path, "scale"],
            known.length === 0
              ? `unknown scale "${item.scale}" (this instrument defines no scales: add one under "scales")`
              : `unknown scale "${item.scale}" (the scales of this instrument: ${known.join(", ")})`,
          );
        } else points = scalePoints.get(item.scale) ?? null;
      }

      if (isString(item.node)) {
        const node = nodes.get(item.node);
        if (node === undefined) {
          add(
            [...path, "node"],
            `unknown framework node "${item.node}" (the categories an item can belong to: ${categories.join(", ")})`,
          );
        } else if (node.kind !== "category") {
          add(
            [...path, "node"],
            `"${item.node}" is a ${node.kind}; an item belongs to a category such as "${firstCategory}"`,
          );
        }
      }

      if (Array.isArray(item.tags)) {
        const seen = new Set<string>();
        item.tags.forEach((tag: unknown, tagIndex) => {
          if (!isString(tag)) return;
          if (seen.has(tag)) add([...path, "tags", tagIndex], `duplicate tag "${tag}"`);
          seen.add(tag);
          const lensId = tag.split(".")[0] ?? "";
          const known = lenses.get(lensId);
          if (known !== undefined && !known.has(tag)) {
            add(
              [...path, "tags", tagIndex],
              `unknown tag "${tag}" in lens "${lensId}" (known: ${[...known].join(", ")})`,
            );
          }
        });
      }

      if (item.positiveText !== undefined && item.reverse !== true) {
        add(
          [...path, "positiveText"],
          'a positive phrasing on an item without "reverse": true (only a reverse-coded item is phrased by its meaning)',
        );
      }

      if (Array.isArray(item.roles)) {
        const seen = new Set<unknown>();
        item.roles.forEach((role: unknown, roleIndex) => {
          if (seen.has(role)) add([...path, "roles", roleIndex], `duplicate role ${JSON.stringify(role)}`);
          seen.add(role);
        });
      }

      if (isString(item.id)) {
        const first = items.get(item.id);
        if (first !== undefined) {
          add([...path, "id"], `duplicate item id "${item.id}" (also ${formatPath(first.path)})`);
          return;
        }
        const info: ItemInfo = {
          id: item.id,
          index: itemOrder.length,
          path,
          points,
          showIf: isRecord(item.showIf) ? item.showIf : null,
        };
        items.set(item.id, info);
        itemOrder.push(info);
      }
    });
  });

  for (const info of itemOrder) problems.push(...conditionProblems(info, items));

  // Coverage is checked last so that a declared locale with no text anywhere is one problem rather
  // than one per text.
  const texts = localizedTexts(data);

  for (const [localeIndex, locale] of declared.entries()) {
    const missing = texts.filter((text) => !(locale in text.value));
    if (texts.length > 0 && missing.length === texts.length) {
      add(["locales", localeIndex], `declared locale "${locale}" has no texts`);
      continue;
    }
    for (const text of missing) add([...text.path, locale], `missing text for declared locale "${locale}"`);
  }
  if (localeList.length > 0) {
    for (const text of texts) {
      for (const key of Object.keys(text.value)) {
        if (!declared.includes(key) && LocaleSchema.safeParse(key).success) {
          add([...text.path, key], `text for locale "${key}", which is not declared in "locales"`);
        }
      }
    }
  }
  return problems;
}

function conditionProblems(info: ItemInfo, items: ReadonlyMap<string, ItemInfo>): Problem[] {
  const condition = info.showIf;
  if (condition === null || !isString(condition.item)) return [];
  const path = [...info.path, "showIf"];
  const problem = (suffix: PropertyKey[], message: string): Problem[] => [
    { path: formatPath([...path, ...suffix]), message },
  ];
  if (condition.item === info.id) return problem(["item"], "an item cannot depend on its own answer");
  const target = items.get(condition.item);
  if (target === undefined) return problem(["item"], `unknown item "${condition.item}"`);

  const chain = [info.id];
  let current: ItemInfo | undefined = target;
  while (current !== undefined && !chain.includes(current.id)) {
    chain.push(current.id);
    const next: unknown = current.showIf?.item;
    current = isString(next) ? items.get(next) : undefined;
  }
  if (current !== undefined && current.id === info.id) {
    return problem([], `circular condition: ${[...chain, info.id].join(" → ")}`);
  }

  const problems: Problem[] = [];
  if (target.index > info.index) {
    problems.push(
      ...problem(
        ["item"],
        `"${target.id}" comes later in the questionnaire; a condition can only use an earlier answer`,
      ),
    );
  }
  if (Array.isArray(condition.in) && target.points !== null) {
    const points = target.points;
    condition.in.forEach((point: unknown, index) => {
      if (isPoint(point) && (point < 1 || point > points)) {
        problems.push(
          ...problem(["in", index], `point ${point} is not on the ${points}-point scale of "${target.id}"`),
        );
      }
    });
  }
  return problems;
}

/** Top-level fields in the order they appear in an instrument.json. */
const FIELD_ORDER = [
  "(root)",
  "$schema",
  "id",
  "version",
  "apiVersion",
  "locales",
  "title",
  "description",
  "scales",
  "sections",
];

function fieldRank(field: string): number {
  const rank = FIELD_ORDER.indexOf(field);
  return rank === -1 ? FIELD_ORDER.length : rank;
}

/** Compare paths segment by segment, numbers numerically, so problems come in document order. */
function comparePaths(a: string, b: string): number {
  const split = (path: string): string[] => path.split(/[.[\]]+/).filter((part) => part !== "");
  const left = split(a);
  const right = split(b);
  const byField = fieldRank(left[0] ?? "") - fieldRank(right[0] ?? "");
  if (byField !== 0) return byField;
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const l = left[index] ?? "";
    const r = right[index] ?? "";
    if (l === r) continue;
    const ln = Number(l);
    const rn = Number(r);
    if (Number.isInteger(ln) && Number.isInteger(rn)) return ln - rn;
    return l < r ? -1 : 1;
  }
  return left.length - right.length;
}

/** Sort problems into document order and drop exact duplicates. */
export function orderProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => comparePaths(a.path, b.path));
}

/**
 * Validate parsed instrument.json content: every problem at once, each with its path. Never throws.
 */
export function validateInstrument(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const { data, warnings } = applyLocaleFallbacks(input, options.localeFallbacks ?? {});
  if (!isRecord(data)) {
    return {
      ok: false,
      problems: [{ path: "(root)", message: `expected an object, got ${describeValue(data)}` }],
    };
  }
  const parsed = InstrumentSchema.safeParse(data);
  const problems = orderProblems([
    ...(parsed.success ? [] : schemaProblems(data, parsed.error.issues)),
    ...semanticProblems(data, framework, options.requiredLocales ?? PLATFORM_LOCALES),
  ]);
  if (parsed.success && problems.length === 0) {
    return { ok: true, instrument: parsed.data, problems: [], warnings };
  }
  return { ok: false, problems, warnings };
}

/** Parse instrument.json text; malformed JSON becomes a problem with line and column. */
export function parseJson(
  text: string,
  file: string,
):
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly problems: readonly Problem[] } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let where = "";
    if (position?.[1] !== undefined) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      where = ` at line ${line}, column ${column}`;
    }
    const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
    return { ok: false, problems: [{ path: file, message: `malformed JSON${where}: ${reason}` }] };
  }
}
