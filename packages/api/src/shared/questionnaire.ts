import type { CompiledInstrument, Locale, NormalizedItem, Role } from "@maturo/model";
import type { InstrumentSnapshot } from "@maturo/plugin-sdk";

export interface QuestionnaireItem {
  id: string;
  text: string;
  points: number;
  labels: string[];
  dontKnow: boolean;
  dontKnowLabel: string | null;
  showIf: { item: string; in: number[] } | null;
}

export interface QuestionnaireSection {
  id: string;
  plugin: string;
  title: string;
  items: QuestionnaireItem[];
}

const DONT_KNOW = { nl: "Weet ik niet", en: "Don't know" } as const;

/** The sections and items one role is asked, in one locale, in questionnaire order. */
export function questionnaireFor(
  compiled: CompiledInstrument,
  snapshot: InstrumentSnapshot,
  role: Role,
  locale: Locale,
): QuestionnaireSection[] {
  const scales = new Map(compiled.scales.map((s) => [`${s.plugin}/${s.id}`, s]));
  const titles = new Map<string, string>();
  for (const plugin of snapshot.plugins) {
    for (const section of plugin.instrument.sections) {
      titles.set(`${plugin.id}/${section.id}`, section.title[locale] ?? section.title.nl ?? section.id);
    }
  }
  const sections: QuestionnaireSection[] = [];
  for (const item of compiled.items) {
    if (!item.roles.includes(role)) continue;
    const key = `${item.plugin}/${item.section}`;
    let section = sections.at(-1);
    if (!section || `${section.plugin}/${section.id}` !== key) {
      section = { id: item.section, plugin: item.plugin, title: titles.get(key) ?? item.section, items: [] };
      sections.push(section);
    }
    const scale = scales.get(`${item.plugin}/${item.scale}`);
    section.items.push({
      id: item.id,
      text: item.text[locale] ?? item.text.nl ?? item.id,
      points: item.points,
      labels: [...(scale?.labels[locale] ?? scale?.labels.nl ?? [])],
      dontKnow: item.dontKnow,
      dontKnowLabel: item.dontKnow
        ? (scale?.dontKnowLabel?.[locale] ?? (locale === "en" ? DONT_KNOW.en : DONT_KNOW.nl))
        : null,
      showIf: item.showIf ? { item: item.showIf.item, in: [...item.showIf.in] } : null,
    });
  }
  return sections;
}

const askedByRole = new WeakMap<CompiledInstrument, Map<Role, ReadonlyMap<string, NormalizedItem>>>();

/** Items of the instrument a role is asked, by id. */
export function itemsForRole(compiled: CompiledInstrument, role: Role): ReadonlyMap<string, NormalizedItem> {
  // Every autosave checks its answers against this map; compiled instruments never change, so it is
  // built once per instrument and role.
  let byRole = askedByRole.get(compiled);
  if (!byRole) {
    byRole = new Map();
    askedByRole.set(compiled, byRole);
  }
  let asked = byRole.get(role);
  if (!asked) {
    asked = new Map(
      compiled.items.filter((item) => item.roles.includes(role)).map((item) => [item.id, item]),
    );
    byRole.set(role, asked);
  }
  return asked;
}
