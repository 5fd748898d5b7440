import { createFormatter, type ReaderLocale } from "./format.js";
import { localize, say } from "./localize.js";
import type { LeverRow, LeverSection } from "./reference-rows.js";

/**
 * A lever in plain words, in the reader's language: where the organisation stands against the
 * reference, and which capability model of the wave names the scale as a driver with which β. The
 * page and the PDF both print this, so they say the same.
 */
export function leverSentences(
  row: LeverRow,
  section: Pick<LeverSection, "wave" | "models">,
  locale: ReaderLocale,
): string[] {
  if (row.withheld) return [say(row.withheld, locale)];
  const f = createFormatter(locale);
  const out: string[] = [];
  if (row.figure && row.own !== null) {
    const values = {
      own: f.score(row.own),
      median: f.score(row.figure.median),
      q1: f.score(row.figure.q1),
      q3: f.score(row.figure.q3),
      gap: f.score(row.gap),
    };
    out.push(say({ key: (row.gap ?? 0) > 0 ? "leverBelow" : "leverAbove", values }, locale));
  }
  const wave = section.wave.name;
  if (row.driver) {
    const p = row.driver.p < 0.001 ? `< ${f.number(0.001, 3)}` : `= ${f.number(row.driver.p, 3)}`;
    out.push(
      say(
        {
          key: "leverDriver",
          values: {
            wave,
            model: localize(row.driver.model.label, locale),
            beta: f.number(row.driver.beta, 2),
            p,
            n: f.count(row.driver.n),
            clusters: f.count(row.driver.clusters),
          },
        },
        locale,
      ),
    );
  } else
    out.push(
      say({ key: section.models.length > 0 ? "leverNoDriver" : "leverNoModels", values: { wave } }, locale),
    );
  return out;
}
