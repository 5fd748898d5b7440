import { fill, type ShownReport } from "@maturo/report";
import type { RenderContext } from "../render-context.js";
import { COLOURS, CONTENT_WIDTH, MARGIN } from "../tagged-document.js";

const SIZE = 190;

/**
 * Capability × legacy as a square split at the thresholds, each profile's letter in its quadrant, the
 * organisation as a dot; beside it the organisation's profile and what it means.
 */
export function quadrantChart(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, tr } = context;
  const { capability, legacy, thresholds, profile, profiles } = report.position;
  const alt = fill(t.quadrantDesc, {
    c: f.count(thresholds.capability),
    l: f.count(thresholds.legacy),
    x: f.score(capability.value),
    y: f.score(legacy.value),
    profile: profile ? `${profile.id} (${tr(profile.name)})` : "—",
  });
  const height = SIZE + 44;
  const left = MARGIN + 28;
  doc.ensure(height);
  const top = doc.y;
  doc.figure(alt, height, () => {
    const pdf = doc.pdf;
    const qy = top + 16;
    const tx = left + (thresholds.capability / 100) * SIZE;
    const ty = qy + SIZE - (thresholds.legacy / 100) * SIZE;
    doc.write(`${tr(legacy.label)} ↑`, left - 28, top, SIZE + 28, { size: 8, bold: true });
    if (profile) {
      const own = profiles.find((p) => p.id === profile.id);
      if (own) {
        const x0 = own.capability === "below" ? left : tx;
        const y0 = own.legacy === "below" ? ty : qy;
        const w = own.capability === "below" ? tx - left : left + SIZE - tx;
        const h = own.legacy === "below" ? qy + SIZE - ty : ty - qy;
        pdf.rect(x0, y0, w, h).fill(COLOURS.light);
      }
    }
    pdf.rect(left, qy, SIZE, SIZE).lineWidth(0.8).strokeColor(COLOURS.ink).stroke();
    pdf
      .moveTo(tx, qy)
      .lineTo(tx, qy + SIZE)
      .dash(3, { space: 2 })
      .lineWidth(0.6)
      .stroke()
      .undash();
    pdf
      .moveTo(left, ty)
      .lineTo(left + SIZE, ty)
      .dash(3, { space: 2 })
      .lineWidth(0.6)
      .stroke()
      .undash();
    for (const p of profiles) {
      const x = p.capability === "below" ? left + 6 : tx + 6;
      const y = p.legacy === "below" ? qy + SIZE - 20 : qy + 5;
      const mine = profile?.id === p.id;
      doc.write(p.id, x, y, 20, { size: 13, bold: true, color: mine ? COLOURS.ink : COLOURS.rule });
    }
    doc.write("0", left - 10, qy + SIZE - 4, 10, { size: 7, color: COLOURS.muted });
    doc.write("100", left - 18, qy - 3, 16, { size: 7, color: COLOURS.muted });
    doc.write("100", left + SIZE - 8, qy + SIZE + 2, 20, { size: 7, color: COLOURS.muted });
    doc.write(`${tr(capability.label)} →`, left, qy + SIZE + 12, SIZE, { size: 8, bold: true });
    if (capability.value !== null && legacy.value !== null) {
      const px = left + (capability.value / 100) * SIZE;
      const py = qy + SIZE - (legacy.value / 100) * SIZE;
      pdf.circle(px, py, 5).lineWidth(1.2).fillAndStroke(COLOURS.ink, "#ffffff");
      doc.write(t.you, px + 8, py - 5, 40, { size: 9, bold: true });
    }
  });
  // The profile's text beside the plot, read after the figure.
  const textX = left + SIZE + 28;
  const width = MARGIN + CONTENT_WIDTH - textX;
  let y = top + 16;
  if (profile?.name) {
    const scores = fill(t.positionScores, { c: f.score(capability.value), l: f.score(legacy.value) });
    const title = `${fill(t.yourProfile, { id: profile.id, name: tr(profile.name) })} (${scores})`;
    y += doc.paragraphAt(title, textX, y, width, { size: 10.5, bold: true }) + 6;
    if (profile.description) y += doc.paragraphAt(tr(profile.description), textX, y, width, { size: 9 }) + 4;
  } else y += doc.paragraphAt(t.quadrantNone, textX, y, width, { size: 9 }) + 4;
  doc.y = Math.max(doc.y, y + 6);
}
