import { strengthsAndChallenges } from "@maturo/scoring";
import {
  cronbachAlpha,
  describe as describeColumn,
  fitOls,
  type OlsModel,
  parseCsv,
  REGRESSION_TABLE_TEXT,
  regressionTable,
  renderCsv,
  renderHtml,
  renderLatex,
  renderMarkdown,
} from "@maturo/stats";
import { sql } from "kysely";
import { z } from "zod";
import { AppError } from "../errors.js";
import { answerCounts } from "../services/aggregates.js";
import { audit } from "../services/audit.js";
import { findCampaign } from "../services/campaign-access.js";
import { loadInstrumentVersion } from "../services/instruments.js";
import { itemStatsFromCounts, maturityItemStats } from "../services/item-results.js";
import { answerColumns, scoreColumns } from "../services/research-data.js";
import { researcherProcedure, router } from "../trpc.js";

const id = z.int().positive();

async function provenance(
  ctx: { db: Parameters<typeof findCampaign>[0]; now: () => Date },
  campaignId: number,
  n: number,
) {
  const campaign = await findCampaign(ctx.db, campaignId);
  const version = await loadInstrumentVersion(ctx.db, campaign.instrument_version_id);
  return {
    campaign,
    version,
    provenance: {
      campaignId,
      campaignName: campaign.name,
      instrumentHash: version.hash,
      n,
      generatedAt: ctx.now().toISOString(),
    },
  };
}

export const researchRouter = router({
  /** Invited / started / submitted per role, per province and size class; organisations covered. */
  responseRates: researcherProcedure.input(z.object({ campaignId: id })).query(async ({ ctx, input }) => {
    const campaign = await findCampaign(ctx.db, input.campaignId);
    const rows = await ctx.db
      .selectFrom("invitations as i")
      .innerJoin("organisations as o", "o.id", "i.organisation_id")
      .select([
        "i.role",
        "i.status",
        "o.province",
        "o.size_class as sizeClass",
        sql<number | string>`count(*)`.as("n"),
      ])
      .where("i.campaign_id", "=", input.campaignId)
      .groupBy(["i.role", "i.status", "o.province", "o.size_class"])
      .execute();
    type Counts = { invited: number; started: number; submitted: number };
    const add = (map: Map<string, Counts>, key: string, status: string, n: number): void => {
      const c = map.get(key) ?? { invited: 0, started: 0, submitted: 0 };
      if (status !== "withdrawn") c.invited += n;
      if (status === "started" || status === "submitted") c.started += n;
      if (status === "submitted") c.submitted += n;
      map.set(key, c);
    };
    const byRole = new Map<string, Counts>();
    const byProvince = new Map<string, Counts>();
    const bySize = new Map<string, Counts>();
    const totals = new Map<string, Counts>();
    for (const row of rows) {
      const n = Number(row.n);
      add(byRole, row.role, row.status, n);
      add(byProvince, row.province ?? "—", row.status, n);
      add(bySize, row.sizeClass ?? "—", row.status, n);
      add(totals, "all", row.status, n);
    }
    const population =
      campaign.kind === "wave"
        ? Number(
            (
              await ctx.db
                .selectFrom("campaign_organisations")
                .select(sql<number | string>`count(*)`.as("n"))
                .where("campaign_id", "=", input.campaignId)
                .executeTakeFirstOrThrow()
            ).n,
          )
        : 1;
    const covered = Number(
      (
        await ctx.db
          .selectFrom("responses")
          .select(sql<number | string>`count(distinct organisation_id)`.as("n"))
          .where("campaign_id", "=", input.campaignId)
          .where("status", "=", "submitted")
          .executeTakeFirstOrThrow()
      ).n,
    );
    const daily = await ctx.db
      .selectFrom("responses")
      .select([sql<string>`substr(submitted_at, 1, 10)`.as("day"), sql<number | string>`count(*)`.as("n")])
      .where("campaign_id", "=", input.campaignId)
      .where("status", "=", "submitted")
      .groupBy(sql`substr(submitted_at, 1, 10)`)
      .orderBy("day")
      .execute();
    let cumulative = 0;
    const rate = (c: Counts) => ({
      ...c,
      responseRate: c.invited === 0 ? null : (c.submitted / c.invited) * 100,
    });
    const list = (m: Map<string, Counts>) =>
      [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => ({ key, ...rate(c) }));
    return {
      total: rate(totals.get("all") ?? { invited: 0, started: 0, submitted: 0 }),
      byRole: list(byRole),
      byProvince: list(byProvince),
      bySizeClass: list(bySize),
      organisations: {
        population,
        covered,
        coverage: population === 0 ? null : (covered / population) * 100,
      },
      overTime: daily.map((d) => {
        cumulative += Number(d.n);
        return { day: d.day, submitted: Number(d.n), cumulative };
      }),
    };
  }),

  /** % positive per item over the whole campaign with its strengths and challenges; node score descriptives. */
  descriptives: researcherProcedure.input(z.object({ campaignId: id })).query(async ({ ctx, input }) => {
    const scores = await scoreColumns(ctx.db, input.campaignId);
    const { version, provenance: prov } = await provenance(ctx, input.campaignId, scores.n);
    const items = itemStatsFromCounts(
      version.compiled,
      await answerCounts(ctx.db, { campaignId: input.campaignId }),
    );
    const itemMeta = new Map(version.compiled.items.map((i) => [i.id, i]));
    const nodes = version.compiled.nodes
      .filter((node) => scores.columns[node.id])
      .map((node) => {
        const d = describeColumn(scores.columns[node.id] as (number | null)[]);
        return {
          nodeId: node.id,
          label: node.label,
          ...(d.ok ? { n: d.value.n, mean: d.value.mean, sd: d.value.sd } : { n: 0, mean: null, sd: null }),
        };
      });
    await audit(ctx.db, ctx.now(), {
      userId: ctx.user.id,
      action: "research.view",
      campaignId: input.campaignId,
      detail: { view: "descriptives" },
    });
    return {
      provenance: prov,
      items: items.map((item) => ({
        ...item,
        node: itemMeta.get(item.itemId)?.node ?? null,
        text: itemMeta.get(item.itemId)?.text ?? {},
      })),
      strengthsAndChallenges: strengthsAndChallenges(maturityItemStats(version.compiled, items), {
        count: 5,
      }),
      nodes,
      /** Every framework node's label, also of nodes without scores yet (an empty wave). */
      labels: Object.fromEntries(version.compiled.nodes.map((node) => [node.id, node.label])),
    };
  }),

  /** Cronbach's alpha of every scale (category or context node with at least two items). */
  reliability: researcherProcedure
    .input(z.object({ campaignId: id, missing: z.enum(["listwise", "pairwise"]).default("listwise") }))
    .query(async ({ ctx, input }) => {
      const campaign = await findCampaign(ctx.db, input.campaignId);
      const version = await loadInstrumentVersion(ctx.db, campaign.instrument_version_id);
      const items = version.compiled.items;
      const data = await answerColumns(
        ctx.db,
        input.campaignId,
        items.map((i) => i.id),
      );
      const scales = version.compiled.nodes
        .filter((node) => node.kind === "category")
        .map((node) => {
          const scaleItems = items.filter((i) => i.node === node.id && i.points > 2);
          // Yes/no questions (a factual variable such as "an alderman for digitalisation") are
          // reported as such, not as a scale with zero items.
          const yesNo = items.filter((i) => i.node === node.id && i.points === 2).length;
          if (scaleItems.length < 2)
            return {
              nodeId: node.id,
              label: node.label,
              k: scaleItems.length === 0 && yesNo > 0 ? yesNo : scaleItems.length,
              alpha: null,
              reason: scaleItems.length === 0 && yesNo > 0 ? "yes/no questions" : "fewer than two items",
            };
          const result = cronbachAlpha(data.columns, {
            items: scaleItems.map((i) => i.id),
            reverse: scaleItems.filter((i) => i.reverse).map((i) => i.id),
            missing: input.missing,
          });
          if (!result.ok)
            return {
              nodeId: node.id,
              label: node.label,
              k: scaleItems.length,
              alpha: null,
              reason: result.error.message,
            };
          return {
            nodeId: node.id,
            label: node.label,
            k: scaleItems.length,
            alpha: result.value.alpha,
            standardizedAlpha: result.value.standardizedAlpha,
            n: result.value.n,
            items: result.value.items,
            reason: null,
          };
        });
      await audit(ctx.db, ctx.now(), {
        userId: ctx.user.id,
        action: "research.view",
        campaignId: input.campaignId,
        detail: { view: "reliability" },
      });
      return {
        provenance: {
          campaignId: campaign.id,
          campaignName: campaign.name,
          instrumentHash: version.hash,
          n: data.n,
          generatedAt: ctx.now().toISOString(),
        },
        scales,
      };
    }),

  /**
   * OLS models (respondent level, stored scores) side by side in the seed's table layout; labels,
   * notes and decimal mark in `locale` (the CSV rendering keeps decimal points).
   */
  regression: researcherProcedure
    .input(
      z.object({
        campaignId: id,
        dependents: z.array(z.string().min(1)).min(1).max(6),
        predictors: z.array(z.string().min(1)).min(1).max(30),
        standardized: z.boolean().default(false),
        robust: z.enum(["hc1", "hc3"]).optional(),
        locale: z.enum(["nl", "en"]).default("en"),
      }),
    )
    .query(async ({ ctx, input }) => {
      const scores = await scoreColumns(ctx.db, input.campaignId);
      const { version, provenance: prov } = await provenance(ctx, input.campaignId, scores.n);
      const labels = new Map(version.compiled.nodes.map((n) => [n.id, n.label[input.locale] ?? n.id]));
      [...input.dependents, ...input.predictors].forEach((name, i) => {
        if (!scores.columns[name]) {
          const field =
            i < input.dependents.length ? `dependents.${i}` : `predictors.${i - input.dependents.length}`;
          throw new AppError("research.no-scores", { field, name });
        }
      });
      const models: OlsModel[] = [];
      for (const dependent of input.dependents) {
        const fit = fitOls(scores.columns, {
          dependent,
          predictors: input.predictors,
          ...(input.robust ? { robust: input.robust } : {}),
        });
        if (!fit.ok) throw new AppError("research.model-failed", { dependent, detail: fit.error.message });
        models.push(fit.value);
      }
      const table = regressionTable(models, {
        labels: input.dependents.map((d) => labels.get(d) ?? d),
        termLabels: Object.fromEntries(input.predictors.map((p) => [p, labels.get(p) ?? p])),
        standardized: input.standardized,
        text: REGRESSION_TABLE_TEXT[input.locale].text,
        decimalMark: REGRESSION_TABLE_TEXT[input.locale].decimalMark,
        title: `${prov.campaignName} — N = ${Math.max(...models.map((m) => m.n))}`,
      });
      await audit(ctx.db, ctx.now(), {
        userId: ctx.user.id,
        action: "research.view",
        campaignId: input.campaignId,
        detail: { view: "regression", dependents: input.dependents },
      });
      return {
        provenance: prov,
        models,
        table,
        rendered: {
          markdown: renderMarkdown(table),
          csv: renderCsv(table),
          latex: renderLatex(table),
          html: renderHtml(table),
        },
      };
    }),

  /** Imports organisations from CSV (code,name,kind,province,size_class); a report line per row. */
  importPopulation: researcherProcedure
    .input(z.object({ csv: z.string().min(1).max(5_000_000), apply: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const parsed = parseCsv(input.csv);
      if (!parsed.ok) throw new AppError("population.csv-unreadable", { detail: parsed.error.message });
      const { header, rows, lines } = parsed.value;
      const required = ["code", "name"];
      const known = ["code", "name", "kind", "province", "size_class"];
      const missing = required.filter((c) => !header.includes(c));
      if (missing.length) throw new AppError("population.missing-columns", { columns: missing.join(", ") });
      const unknown = header.filter((c) => !known.includes(c));
      if (unknown.length)
        throw new AppError("population.unknown-columns", {
          columns: unknown.join(", "),
          expected: known.join(", "),
        });
      const col = (row: string[], name: string): string =>
        header.includes(name) ? (row[header.indexOf(name)] ?? "").trim() : "";
      const kinds = ["municipality", "ocmw", "province", "intermunicipal", "other"];
      const seen = new Set<string>();
      const report = rows.map((row, i) => {
        const line = lines[i] ?? i + 2;
        const code = col(row, "code");
        const name = col(row, "name");
        const kind = col(row, "kind") || "municipality";
        const problems: string[] = [];
        const nl = ctx.locale === "nl";
        if (!code) problems.push(nl ? `kolom "code": leeg` : `column "code": empty`);
        else if (seen.has(code))
          problems.push(
            nl ? `kolom "code": "${code}" komt twee keer voor` : `column "code": "${code}" appears twice`,
          );
        if (name.length < 2) problems.push(nl ? `kolom "name": leeg` : `column "name": empty`);
        if (!kinds.includes(kind))
          problems.push(
            nl
              ? `kolom "kind": "${kind}" is niet een van ${kinds.join(", ")}`
              : `column "kind": "${kind}" is not one of ${kinds.join(", ")}`,
          );
        seen.add(code);
        return {
          line,
          code,
          name,
          kind,
          province: col(row, "province") || null,
          sizeClass: col(row, "size_class") || null,
          problems,
        };
      });
      const valid = report.filter((r) => r.problems.length === 0);
      let created = 0;
      let updated = 0;
      if (input.apply && valid.length > 0) {
        const now = ctx.now().toISOString();
        await ctx.db.transaction().execute(async (trx) => {
          for (const r of valid) {
            const existing = await trx
              .selectFrom("organisations")
              .select("id")
              .where("code", "=", r.code)
              .executeTakeFirst();
            if (existing) {
              await trx
                .updateTable("organisations")
                .set({ name: r.name, kind: r.kind, province: r.province, size_class: r.sizeClass })
                .where("id", "=", existing.id)
                .execute();
              updated += 1;
            } else {
              await trx
                .insertInto("organisations")
                .values({
                  code: r.code,
                  name: r.name,
                  kind: r.kind,
                  province: r.province,
                  size_class: r.sizeClass,
                  created_at: now,
                })
                .execute();
              created += 1;
            }
          }
        });
      }
      return {
        rows: report.map((r) => ({
          line: r.line,
          code: r.code,
          ok: r.problems.length === 0,
          problems: r.problems.map((p) => `line ${r.line}, ${p}`),
        })),
        valid: valid.length,
        invalid: report.length - valid.length,
        applied: input.apply,
        created,
        updated,
      };
    }),
});
