import type { ReactNode, RefCallback } from "react";
import { useChartWidth } from "./use-chart-width.js";
import { useSvgId } from "./use-svg-id.js";

/**
 * Charts of the results. Each is an SVG with a title and a description for screen readers, draws
 * with patterns and markers as well as shades (readable printed in black and white), and comes with
 * a data table that carries the same numbers.
 */

function Patterns({ id }: { id: string }): ReactNode {
  return (
    <defs>
      <pattern
        id={`${id}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#dbe6f3" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#1b1f24" strokeWidth="1.6" />
      </pattern>
      <pattern id={`${id}-dots`} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" fill="#eef2f6" />
        <circle cx="3.5" cy="3.5" r="0.9" fill="#3d4752" />
      </pattern>
    </defs>
  );
}

/** What names a chart and describes it for screen readers. */
export interface ChartText {
  title: string;
  description: string;
}

/** The frame of every chart: an SVG image named by its title and described for screen readers. */
function ChartSvg({
  id,
  svgRef,
  className = "chart",
  width,
  height,
  title,
  description,
  children,
}: ChartText & {
  id: string;
  /** From `useChartWidth`: the chart is laid out in the width it has on screen. */
  svgRef: RefCallback<SVGSVGElement>;
  className?: string;
  width: number;
  height: number;
  children: ReactNode;
}): ReactNode {
  return (
    <svg
      ref={svgRef}
      className={className}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/**
 * About how wide a label of `text` is at the charts' 13 px label size, for layout decisions only (the
 * browser test measures the real boxes).
 */
function labelWidth(text: string, fontPx = 13): number {
  return text.length * fontPx * 0.58;
}

export interface ProfileRow {
  id: string;
  label: string;
  value: number | null;
  /** Shown next to the bar, e.g. "62,5 (n = 12)" or "hidden". */
  valueText: string;
  dimension: boolean;
  /** The reference wave's quartiles, drawn as a band (Q1–Q3) with a line at the median; none when withheld. */
  reference?: { q1: number; median: number; q3: number } | null;
}

export function ProfileChart({
  rows,
  threshold,
  ...text
}: ChartText & {
  rows: readonly ProfileRow[];
  threshold: number;
}): ReactNode {
  const id = useSvgId();
  const [svgRef, width] = useChartWidth(720);
  const valueWidth = 12 + Math.max(...rows.map((row) => labelWidth(row.valueText)), 40);
  const indent = 16;
  const longest = indent + Math.max(...rows.map((row) => labelWidth(row.label)), 0);
  // A label beside its bar where both fit; on a phone the label goes on a line of its own above the bar.
  const beside = width >= longest + 12 + 160 + valueWidth;
  const labelColumn = beside ? longest + 12 : 0;
  const barLeft = labelColumn + 10;
  const barWidth = width - barLeft - valueWidth - 4;
  const rowHeight = beside ? 28 : 48;
  const barTop = beside ? 4 : 24;
  const top = 22;
  const height = top + rows.length * rowHeight + 4;
  const x = (v: number): number => barLeft + (v / 100) * barWidth;
  return (
    <ChartSvg id={id} svgRef={svgRef} width={width} height={height} {...text}>
      <Patterns id={id} />
      {[0, 25, 50, 75, 100].map((tick) => (
        <text key={tick} x={x(tick)} y={14} textAnchor="middle" className="chart-tick">
          {tick}
        </text>
      ))}
      {rows.map((row, index) => {
        const y = top + index * rowHeight;
        const className = row.dimension ? "chart-label strong" : "chart-label";
        return (
          <g key={row.id}>
            <text x={row.dimension ? 0 : indent} y={beside ? y + 17 : y + 16} className={className}>
              {row.label}
            </text>
            <rect x={x(0)} y={y + barTop} width={barWidth} height={18} fill="none" stroke="#6b7785" />
            {row.value !== null ? (
              <rect
                x={x(0)}
                y={y + barTop}
                width={(row.value / 100) * barWidth}
                height={18}
                fill={row.dimension ? "#1f3a5f" : `url(#${id}-hatch)`}
                stroke="#1b1f24"
              />
            ) : null}
            {row.reference ? (
              <g className="reference-band" data-testid={`reference-band-${row.id}`}>
                <rect
                  x={x(row.reference.q1)}
                  y={y + barTop - 3}
                  width={x(row.reference.q3) - x(row.reference.q1)}
                  height={24}
                  fill="#6b7785"
                  fillOpacity={0.3}
                  stroke="#3d4752"
                  strokeDasharray="2 2"
                />
                <line
                  x1={x(row.reference.median)}
                  x2={x(row.reference.median)}
                  y1={y + barTop - 4}
                  y2={y + barTop + 22}
                  stroke="#000000"
                  strokeWidth={3}
                />
              </g>
            ) : null}
            <line
              x1={x(threshold)}
              x2={x(threshold)}
              y1={y + barTop - 3}
              y2={y + barTop + 21}
              stroke="#1b1f24"
              strokeDasharray="4 3"
            />
            <text x={x(100) + 8} y={y + barTop + 14} className={className}>
              {row.valueText}
            </text>
          </g>
        );
      })}
    </ChartSvg>
  );
}

export interface QuadrantProfile {
  id: string;
  name: string;
  capability: "below" | "atOrAbove";
  legacy: "below" | "atOrAbove";
}

/** Splits a label into at most `lines` lines of about `width` characters at spaces; the last is cut with "…". */
export function wrapWords(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = `${kept[lines - 1]} ${out.slice(lines).join(" ")}`;
  kept[lines - 1] = last.length > width ? `${last.slice(0, width - 1)}…` : last;
  return kept;
}

export function QuadrantChart({
  capability,
  legacy,
  thresholds,
  profiles,
  current,
  labels,
  ...text
}: ChartText & {
  capability: number | null;
  legacy: number | null;
  thresholds: { capability: number; legacy: number };
  profiles: readonly QuadrantProfile[];
  current: string | null;
  labels: { capability: string; legacy: string; you: string };
}): ReactNode {
  const id = useSvgId();
  const [svgRef, width] = useChartWidth(352);
  const left = 46;
  const top = 10;
  const size = width - left - 12;
  const px = (v: number): number => left + (v / 100) * size;
  const py = (v: number): number => top + size - (v / 100) * size;
  const tx = px(thresholds.capability);
  const ty = py(thresholds.legacy);
  return (
    <ChartSvg
      id={id}
      svgRef={svgRef}
      className="chart quadrant"
      width={width}
      height={top + size + 44}
      {...text}
    >
      <Patterns id={id} />
      {profiles.map((p) => {
        const x0 = p.capability === "below" ? left : tx;
        const x1 = p.capability === "below" ? tx : left + size;
        const y0 = p.legacy === "below" ? ty : top;
        const y1 = p.legacy === "below" ? top + size : ty;
        const mine = p.id === current;
        // As many characters a line as fit the quadrant's width at the label size.
        const perLine = Math.max(6, Math.floor((x1 - x0 - 14) / labelWidth("x")));
        return (
          <g key={p.id}>
            <rect
              x={x0}
              y={y0}
              width={x1 - x0}
              height={y1 - y0}
              fill={mine ? `url(#${id}-dots)` : "#ffffff"}
              stroke="#1b1f24"
            />
            <text x={x0 + 8} y={y0 + 20} className={mine ? "chart-letter mine halo" : "chart-letter halo"}>
              {p.id}
            </text>
            <text x={x0 + 8} y={y0 + 38} className="chart-small halo">
              {wrapWords(p.name, perLine, 3).map((line, i) => (
                <tspan key={`${i}-${line}`} x={x0 + 8} dy={i === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <line x1={tx} x2={tx} y1={top} y2={top + size} stroke="#1b1f24" strokeDasharray="5 4" />
      <line x1={left} x2={left + size} y1={ty} y2={ty} stroke="#1b1f24" strokeDasharray="5 4" />
      <text x={left - 6} y={top + size} textAnchor="end" className="chart-tick">
        0
      </text>
      <text x={left - 6} y={top + 10} textAnchor="end" className="chart-tick">
        100
      </text>
      <text x={left - 6} y={ty + 4} textAnchor="end" className="chart-tick">
        {thresholds.legacy}
      </text>
      <text x={tx} y={top + size + 16} textAnchor="middle" className="chart-tick">
        {thresholds.capability}
      </text>
      <text x={left + size} y={top + size + 16} textAnchor="end" className="chart-tick">
        100
      </text>
      <text x={left} y={top + size + 34} className="chart-label">
        {labels.capability} →
      </text>
      <text x={14} y={top + size} className="chart-label" transform={`rotate(-90 14 ${top + size})`}>
        {labels.legacy} →
      </text>
      {capability !== null && legacy !== null ? (
        <g>
          <circle cx={px(capability)} cy={py(legacy)} r={8} fill="#1b1f24" stroke="#ffffff" strokeWidth={2} />
          <text
            x={px(capability) + (capability > 80 ? -12 : 12)}
            y={py(legacy) + 5}
            textAnchor={capability > 80 ? "end" : "start"}
            className="chart-label strong halo"
          >
            {labels.you}
          </text>
        </g>
      ) : null}
    </ChartSvg>
  );
}

/** A bar inside a table cell; the number sits in its own cell, so the bar is decoration for sighted readers. */
export function InlineBar({ value, marker }: { value: number | null; marker?: number | null }): ReactNode {
  const id = useSvgId();
  return (
    <svg
      className="inline-bar"
      viewBox="0 0 100 14"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <Patterns id={id} />
      <rect x="0" y="1" width="100" height="12" fill="#ffffff" stroke="#6b7785" />
      {value !== null ? (
        <rect x="0" y="1" width={value} height="12" fill={`url(#${id}-hatch)`} stroke="#1b1f24" />
      ) : null}
      {marker !== null && marker !== undefined ? (
        <line x1={marker} x2={marker} y1="0" y2="14" stroke="#1b1f24" strokeWidth="2.5" />
      ) : null}
    </svg>
  );
}

export interface TrendSeries {
  id: string;
  label: string;
  /** One value per point; null where the campaign had no shown score. */
  values: readonly (number | null)[];
  dashed: boolean;
  marker: "circle" | "square";
}

export function TrendChart({
  points,
  series,
  ...text
}: ChartText & {
  points: readonly string[];
  series: readonly TrendSeries[];
}): ReactNode {
  const id = useSvgId();
  const [svgRef, width] = useChartWidth(560);
  const left = 40;
  const right = 16;
  const top = 16;
  const plotH = 160;
  const plotW = width - left - right;
  const x = (i: number): number =>
    left + (points.length <= 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number): number => top + plotH - (v / 100) * plotH;
  // Every point is named where the names fit side by side, otherwise the first and the last (the data
  // table below names them all).
  const pointWidths = points.map((label) => labelWidth(label, 12) + 12);
  const named = (i: number): boolean =>
    pointWidths.reduce((sum, w) => sum + w, 0) <= plotW + left || i === 0 || i === points.length - 1;
  const anchor = (i: number): "start" | "middle" | "end" =>
    points.length > 1 && i === 0 ? "start" : points.length > 1 && i === points.length - 1 ? "end" : "middle";
  // The legend flows: an entry goes on the next line when it would not fit on this one.
  const legend: { x: number; line: number }[] = [];
  let cursor = 0;
  let line = 0;
  for (const s of series) {
    const entryWidth = 38 + labelWidth(s.label) + 24;
    if (cursor > 0 && cursor + entryWidth > width) {
      cursor = 0;
      line += 1;
    }
    legend.push({ x: cursor, line });
    cursor += entryWidth;
  }
  const legendTop = top + plotH + 48;
  const height = legendTop + line * 22 + 8;
  return (
    <ChartSvg id={id} svgRef={svgRef} width={width} height={height} {...text}>
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={left} x2={left + plotW} y1={y(tick)} y2={y(tick)} stroke="#c8ced5" />
          <text x={left - 6} y={y(tick) + 4} textAnchor="end" className="chart-tick">
            {tick}
          </text>
        </g>
      ))}
      {points.map((label, i) =>
        named(i) ? (
          <text
            key={`${i}-${label}`}
            x={x(i)}
            y={top + plotH + 20}
            textAnchor={anchor(i)}
            className="chart-tick"
          >
            {label}
          </text>
        ) : null,
      )}
      {series.map((s) => {
        const present = s.values
          .map((v, i) => (v === null ? null : ([x(i), y(v)] as const)))
          .filter((p): p is readonly [number, number] => p !== null);
        return (
          <g key={s.id}>
            <polyline
              points={present.map(([px, py]) => `${px},${py}`).join(" ")}
              fill="none"
              stroke="#1b1f24"
              strokeWidth={2}
              strokeDasharray={s.dashed ? "6 4" : undefined}
            />
            {present.map(([px, py]) =>
              s.marker === "circle" ? (
                <circle key={`${px}-${py}`} cx={px} cy={py} r={5} fill="#1b1f24" />
              ) : (
                <rect
                  key={`${px}-${py}`}
                  x={px - 5}
                  y={py - 5}
                  width={10}
                  height={10}
                  fill="#ffffff"
                  stroke="#1b1f24"
                  strokeWidth={2}
                />
              ),
            )}
          </g>
        );
      })}
      {series.map((s, i) => (
        <g
          key={s.id}
          transform={`translate(${legend[i]?.x ?? 0} ${legendTop + (legend[i]?.line ?? 0) * 22})`}
        >
          <line
            x1={0}
            x2={30}
            y1={-4}
            y2={-4}
            stroke="#1b1f24"
            strokeWidth={2}
            strokeDasharray={s.dashed ? "6 4" : undefined}
          />
          {s.marker === "circle" ? (
            <circle cx={15} cy={-4} r={4} fill="#1b1f24" />
          ) : (
            <rect x={11} y={-8} width={8} height={8} fill="#ffffff" stroke="#1b1f24" strokeWidth={2} />
          )}
          <text x={38} y={0} className="chart-label">
            {s.label}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
