import { sizeClassLabel } from "@maturo/model/vocabulary";
import type { ReaderLocale } from "./format.js";
import type { BenchmarkScopeChoice, ReportOrganisation } from "./input.js";
import { reportText } from "./texts.js";

/** The benchmark group named as a reader says it, with the organisation's own province or size class. */
export function scopeLabel(
  scope: BenchmarkScopeChoice,
  organisation: Pick<ReportOrganisation, "province" | "sizeClass">,
  locale: ReaderLocale,
): string {
  const t = reportText[locale];
  const named = (label: string, group: string | null): string => (group ? `${label} (${group})` : label);
  if (scope === "province") return named(t.scopeProvince, organisation.province);
  if (scope === "sizeClass")
    return named(
      t.scopeSizeClass,
      organisation.sizeClass ? sizeClassLabel(organisation.sizeClass, locale) : null,
    );
  return t.scopeAll;
}
