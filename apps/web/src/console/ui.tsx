import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import { errorText } from "../lib/error-text.js";
import { navigate } from "../lib/router.js";
import { useTRPC } from "../lib/trpc.js";
import { downloadText } from "./download.js";
import { consoleMessages } from "./messages.js";
import type { ExportVariables, TableProvenance } from "./r-scripts.js";

export function useConsoleText(): ReturnType<typeof useMessages<keyof (typeof consoleMessages)["en"]>> {
  return useMessages(consoleMessages);
}

export function formatNumber(value: number | null | undefined, digits = 1, locale = "en"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return value.toLocaleString(locale === "nl" ? "nl-BE" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale === "nl" ? "nl-BE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
}

/** A day (`YYYY-MM-DD`, or the day of a timestamp) as a date without a time, like the rest of the console. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return "—";
  const date = new Date(day.length === 10 ? `${day}T00:00:00Z` : day);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(locale === "nl" ? "nl-BE" : "en-GB", {
    dateStyle: "medium",
    timeZone: "UTC",
  });
}

/** An instrument hash (`sha256:…`) shortened to its first 12 hex digits. */
export function shortHash(hash: string): string {
  const colon = hash.indexOf(":");
  const short = hash.slice(0, colon + 1 + 12);
  return short.length < hash.length ? `${short}…` : hash;
}

/** A short instrument hash; the whole hash is in its title (and copyable on the instruments page). */
export function ShortHash({ hash }: { hash: string }): ReactNode {
  return (
    <code className="hash" title={hash}>
      {shortHash(hash)}
    </code>
  );
}

/** An e-mail address that may wrap before its `@` (and nowhere else), so narrow columns stay readable. */
export function Email({ address }: { address: string | null }): ReactNode {
  if (!address) return "—";
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  return (
    <>
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </>
  );
}

/** Loading and error states of a query, with the server's message (never a stack). */
export function QueryState({
  query,
}: {
  query: { isPending: boolean; error: { message: string } | null };
}): ReactNode {
  const t = useConsoleText();
  const { locale } = useLocale();
  if (query.error)
    return (
      <p role="alert" className="error">
        {t("error", { message: errorText(query.error, locale) })}
      </p>
    );
  if (query.isPending) return <p role="status">{t("loading")}</p>;
  return null;
}

export function MutationError({ error }: { error: { message: string } | null }): ReactNode {
  const t = useConsoleText();
  const { locale } = useLocale();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {t("error", { message: errorText(error, locale) })}
    </p>
  );
}

/**
 * A button for an action that is hard to undo: it first asks, inline, with "yes" and "cancel". Focus
 * moves to "yes" when the question appears and back to the button on cancel (or Escape).
 */
export function ConfirmAction({
  label,
  accessibleName,
  question,
  yes,
  pending,
  onConfirm,
}: {
  label: string;
  /** The button's name when `label` alone is ambiguous (e.g. one button per table row). */
  accessibleName?: string;
  question: string;
  yes: string;
  pending: boolean;
  onConfirm: () => void;
}): ReactNode {
  const t = useConsoleText();
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (cancelled.current) {
      cancelled.current = false;
      openerRef.current?.focus();
    }
  }, [asking]);
  const cancel = (): void => {
    cancelled.current = true;
    setAsking(false);
  };
  if (!asking)
    return (
      <button
        ref={openerRef}
        type="button"
        className="button secondary small"
        aria-label={accessibleName}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <fieldset
      className="confirm"
      onKeyDown={(e) => {
        if (e.key === "Escape") cancel();
      }}
    >
      <legend>{question}</legend>
      <button
        ref={yesRef}
        type="button"
        className="button danger small"
        disabled={pending}
        onClick={onConfirm}
      >
        {yes}
      </button>
      <button type="button" className="button secondary small" onClick={cancel}>
        {t("cancel")}
      </button>
    </fieldset>
  );
}

export interface Column<T> {
  key: string;
  header: string;
  /** The value sorted on; also shown when there is no `render`. */
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
  /** Orders two rows when `value` alone would not (e.g. size classes by size, not alphabetically). */
  compare?: (a: T, b: T) => number;
  /** Not sortable (e.g. a column of buttons). */
  fixed?: boolean;
}

/**
 * A table whose column headers are real buttons: activating one sorts by that column (again: the
 * other direction), and `aria-sort` on the header tells assistive technology the current order.
 */
export function SortableTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort = null,
  testId,
  empty,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  initialSort?: { key: string; direction: "ascending" | "descending" } | null;
  testId?: string;
  /** Shown under the caption instead of a table without rows. */
  empty?: string;
}): ReactNode {
  const t = useConsoleText();
  const { locale } = useLocale();
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const sign = sort.direction === "ascending" ? 1 : -1;
    const compare = column.compare;
    if (compare) return [...rows].sort((a, b) => compare(a, b) * sign);
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x === null && y === null) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x === "number" && typeof y === "number") return (x - y) * sign;
      return String(x).localeCompare(String(y), locale) * sign;
    });
  }, [rows, columns, sort, locale]);
  if (rows.length === 0 && empty)
    return (
      <div className="table-empty" data-testid={testId ? `${testId}-empty` : undefined}>
        <p className="caption">{caption}</p>
        <p>{empty}</p>
      </div>
    );
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const state = sort?.key === column.key ? sort.direction : "none";
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={column.fixed ? undefined : state}
                  className={column.numeric ? "numeric" : undefined}
                >
                  {column.fixed ? (
                    column.header
                  ) : (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({
                          key: column.key,
                          direction: state === "ascending" ? "descending" : "ascending",
                        })
                      }
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-indicator">
                        {state === "ascending" ? "▲" : state === "descending" ? "▼" : "↕"}
                      </span>
                      <span className="visually-hidden">{` (${t("sortBy", { column: column.header })})`}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? "numeric" : undefined}>
                  {column.render ? column.render(row) : (column.value(row) ?? "—")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where a table comes from (campaign, instrument version, N, date) and the R script to redo it. */
export function Provenance({
  provenance,
  variables,
  script,
  scriptName,
}: {
  provenance: TableProvenance;
  variables?: ExportVariables | undefined;
  script?: ((variables: ExportVariables) => string) | undefined;
  scriptName?: string;
}): ReactNode {
  const t = useConsoleText();
  const { locale } = useLocale();
  return (
    <aside className="provenance" aria-label={t("provenance")}>
      <dl>
        <dt>{t("provCampaign")}</dt>
        <dd>
          {provenance.campaignName} (#{provenance.campaignId})
        </dd>
        <dt>{t("provHash")}</dt>
        <dd>
          <code className="hash" data-testid="provenance-hash">
            {provenance.instrumentHash}
          </code>
        </dd>
        <dt>{t("provN")}</dt>
        <dd data-testid="provenance-n">{provenance.n}</dd>
        <dt>{t("provDate")}</dt>
        <dd>{formatDate(provenance.generatedAt, locale)} UTC</dd>
      </dl>
      {script && variables ? (
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              downloadText(
                scriptName ?? `maturo-campaign-${provenance.campaignId}-table.R`,
                script(variables),
              )
            }
          >
            {t("downloadR")}
          </button>{" "}
          <span className="hint">{t("rHint", { file: variables.dataFile })}</span>
        </p>
      ) : null}
    </aside>
  );
}

/** The waves, for pickers and provenance. */
export function useWaves() {
  const trpc = useTRPC();
  return useQuery(trpc.campaigns.waves.queryOptions());
}

/** Switches the campaign of a campaign page, keeping the section. */
export function CampaignPicker({ campaignId, section }: { campaignId: number; section: string }): ReactNode {
  const t = useConsoleText();
  const waves = useWaves();
  const id = useId();
  return (
    <div className="campaign-picker">
      <label htmlFor={id}>{t("campaign")}</label>
      <select
        id={id}
        value={campaignId}
        onChange={(e) => navigate(`/console/waves/${e.target.value}/${section}`)}
      >
        {(waves.data ?? []).map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({w.status === "open" ? t("open") : t("closed")})
          </option>
        ))}
      </select>
    </div>
  );
}
