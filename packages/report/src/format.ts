/**
 * How a reader sees numbers and dates, in Dutch (nl-BE) or English (en-GB). The one formatting rule
 * for every page of the web app and for the PDF report, so a figure reads the same everywhere.
 * Pure and dependency-free: safe in the respondent's browser bundle.
 */
export type ReaderLocale = "nl" | "en";

export interface Formatter {
  readonly locale: ReaderLocale;
  /** A score or percentage with `digits` decimals ("62,5" / "62.5"), a true minus sign; "—" for none. */
  number(value: number | null | undefined, digits?: number): string;
  /** A score or percentage with one decimal; "—" for none. */
  score(value: number | null | undefined): string;
  /** A percentage with one decimal and the sign ("62,5 %" / "62.5%"); "—" for none. */
  percent(value: number | null | undefined): string;
  /** A whole number ("1.234" / "1,234"); "—" for none. */
  count(value: number | null | undefined): string;
  /** A percentile rank as people say it: "43e" / "43rd"; "—" for none. */
  percentile(value: number | null | undefined): string;
  /** A day, long form ("1 maart 2026" / "1 March 2026"); "—" for none, the text itself if unreadable. */
  date(iso: string | Date | null | undefined): string;
  /** A day, short form ("1 mrt 2026" / "1 Mar 2026"), in UTC so a stored day never shifts. */
  day(iso: string | null | undefined): string;
  /** A moment with its time ("1 mrt 2026, 14:05"), in UTC. */
  dateTime(iso: string | null | undefined): string;
}

const TAGS = { nl: "nl-BE", en: "en-GB" } as const satisfies Record<ReaderLocale, string>;
const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: "st", two: "nd", few: "rd", other: "th" };
const NONE = "—";

/** The language tag Intl uses for a reader's locale. */
export function localeTag(locale: ReaderLocale): string {
  return TAGS[locale];
}

function parse(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A formatter for one locale; build once per render or document and reuse it. */
export function createFormatter(locale: ReaderLocale): Formatter {
  const tag = TAGS[locale];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let format = numbers.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numbers.set(digits, format);
    }
    return format;
  };
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  const shortDay = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const moment = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const ordinal = new Intl.PluralRules("en-GB", { type: "ordinal" });
  const missing = (value: number | null | undefined): value is null | undefined =>
    value === null || value === undefined || !Number.isFinite(value);
  const withDate =
    (format: Intl.DateTimeFormat) =>
    (value: string | Date | null | undefined): string => {
      if (value === null || value === undefined || value === "") return NONE;
      const date = parse(value);
      return date ? format.format(date) : String(value);
    };

  const number = (value: number | null | undefined, digits = 1): string =>
    missing(value) ? NONE : numberFormat(digits).format(value).replace("-", "−");
  return {
    locale,
    number,
    score: (value) => number(value, 1),
    percent: (value) =>
      missing(value) ? NONE : locale === "nl" ? `${number(value, 1)} %` : `${number(value, 1)}%`,
    count: (value) => (missing(value) ? NONE : whole.format(value).replace("-", "−")),
    percentile: (value) => {
      if (missing(value)) return NONE;
      const n = Math.round(value);
      return locale === "nl" ? `${n}e` : `${n}${ORDINAL_SUFFIX[ordinal.select(n)] ?? "th"}`;
    },
    date: withDate(longDate),
    day: withDate(shortDay),
    dateTime: withDate(moment),
  };
}
