import {
  type AnswerValue,
  DEFAULT_FRAMEWORK,
  type Instrument,
  isAsked,
  normalizeInstrument,
  ROLE_LABELS,
  ROLES,
  type Role,
} from "@maturo/model";

export interface PreviewState {
  readonly locale: string;
  readonly role: Role;
  /** Answers so far, by item id: a point, or "dk" for don't know. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

/** Text made safe inside HTML elements and quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CHROME: Readonly<Record<string, Record<string, string>>> = {
  nl: { language: "Taal", role: "Rol", dontKnow: "Weet ik niet", empty: "Deze rol krijgt geen vragen." },
  en: { language: "Language", role: "Role", dontKnow: "I don't know", empty: "This role is asked nothing." },
};

/**
 * The questionnaire as a respondent of `role` sees it in `locale`: sections, the items asked given
 * the answers so far (by `isAsked`, the rule the platform uses), and their answer scales. One GET form:
 * switching language or role, or answering, reloads the page, so follow-up questions appear as they
 * would for a respondent. Pure: no I/O.
 */
export function renderPreview(instrument: Instrument, state: PreviewState): string {
  const normalized = normalizeInstrument(instrument, DEFAULT_FRAMEWORK);
  const byId = new Map(normalized.items.map((item) => [item.id, item]));
  const scales = new Map(normalized.scales.map((scale) => [scale.id, scale]));
  const chrome = CHROME[state.locale] ?? CHROME.en ?? {};
  const text = (localized: Readonly<Record<string, string>> | undefined): string =>
    localized?.[state.locale] ?? "";
  const options = (values: readonly string[], selected: string): string =>
    values
      .map((value) => `<option${value === selected ? " selected" : ""}>${escapeHtml(value)}</option>`)
      .join("");

  const roleLabels = state.locale === "nl" ? ROLE_LABELS.nl : ROLE_LABELS.en;
  const roleOptions = ROLES.map(
    (role) =>
      `<option value="${role}"${role === state.role ? " selected" : ""}>${escapeHtml(roleLabels[role])}</option>`,
  ).join("");
  const sections: string[] = [];
  for (const section of instrument.sections) {
    const items = normalized.items.filter(
      (item) => item.section === section.id && isAsked(item, state.role, state.answers, byId),
    );
    if (items.length === 0) continue;
    const rendered = items.map((item) => {
      const scale = scales.get(item.scale);
      const labels = scale?.labels[state.locale] ?? [];
      const choices = Array.from({ length: item.points }, (_, index) => ({
        value: String(index + 1),
        label: labels[index] ?? String(index + 1),
      }));
      if (item.dontKnow) {
        choices.push({
          value: "dk",
          label: text(scale?.dontKnowLabel ?? undefined) || (chrome.dontKnow ?? ""),
        });
      }
      const answered = String(state.answers[item.id] ?? "");
      const radios = choices
        .map(
          (choice) =>
            `<label><input type="radio" name="a.${escapeHtml(item.id)}" value="${choice.value}"${choice.value === answered ? " checked" : ""}> ${escapeHtml(choice.label)}</label>`,
        )
        .join("\n");
      return `<fieldset id="${escapeHtml(item.id)}"><legend>${escapeHtml(text(item.text))}</legend>\n${radios}\n<small>${escapeHtml(item.id)} · ${escapeHtml(item.node)}</small></fieldset>`;
    });
    sections.push(`<section><h2>${escapeHtml(text(section.title))}</h2>\n${rendered.join("\n")}</section>`);
  }

  return `<!doctype html>
<html lang="${escapeHtml(state.locale)}">
<head><meta charset="utf-8"><title>${escapeHtml(text(instrument.title))} · preview</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}fieldset{margin:1rem 0;border:1px solid #ccc;border-radius:.5rem}label{display:block}small{color:#666}</style></head>
<body>
<form method="get" onchange="this.submit()">
<h1>${escapeHtml(text(instrument.title))}</h1>
<p><label>${escapeHtml(chrome.language ?? "")} <select name="locale">${options(instrument.locales, state.locale)}</select></label>
<label>${escapeHtml(chrome.role ?? "")} <select name="role">${roleOptions}</select></label>
<noscript><button>OK</button></noscript></p>
${sections.length > 0 ? sections.join("\n") : `<p>${escapeHtml(chrome.empty ?? "")}</p>`}
</form>
</body>
</html>
`;
}
