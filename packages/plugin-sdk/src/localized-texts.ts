type UnknownRecord = Readonly<Record<string, unknown>>;

/** One localized text of an instrument (`{ "nl": "…", "en": "…" }`) and where it is. */
export interface LocalizedTextAt {
  readonly path: readonly PropertyKey[];
  readonly value: UnknownRecord;
}

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Every localized text of (possibly malformed) instrument data, in document order: title,
 * description, scale labels and "don't know" labels, section titles and intros, item texts, help
 * and positive phrasings. The one list that locale coverage and locale fallbacks both walk.
 */
export function localizedTexts(data: unknown): LocalizedTextAt[] {
  const texts: LocalizedTextAt[] = [];
  const add = (value: unknown, path: readonly PropertyKey[]): void => {
    if (isRecord(value)) texts.push({ path, value });
  };
  if (!isRecord(data)) return texts;
  add(data.title, ["title"]);
  add(data.description, ["description"]);
  list(data.scales).forEach((scale, index) => {
    if (!isRecord(scale)) return;
    add(scale.labels, ["scales", index, "labels"]);
    add(scale.dontKnowLabel, ["scales", index, "dontKnowLabel"]);
  });
  list(data.sections).forEach((section, sectionIndex) => {
    if (!isRecord(section)) return;
    const sectionPath = ["sections", sectionIndex];
    add(section.title, [...sectionPath, "title"]);
    add(section.intro, [...sectionPath, "intro"]);
    list(section.items).forEach((item, itemIndex) => {
      if (!isRecord(item)) return;
      add(item.text, [...sectionPath, "items", itemIndex, "text"]);
      add(item.help, [...sectionPath, "items", itemIndex, "help"]);
      add(item.positiveText, [...sectionPath, "items", itemIndex, "positiveText"]);
    });
  });
  return texts;
}
