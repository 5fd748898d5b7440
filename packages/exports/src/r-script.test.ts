import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { exportR } from "./export-files.js";
import { datasetFixture } from "./test-fixtures/dataset.js";
import { requireTool, writeExport } from "./test-fixtures/tools.js";

const run = promisify(execFile);
const rscript = requireTool("Rscript", "R (Rscript)", "r-base-core");
const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function exported(
  locale: "nl" | "en",
  bom: boolean,
  empty = false,
): Promise<{ dir: string; script: string }> {
  const dataset = datasetFixture(locale);
  const files = exportR(empty ? { ...dataset, rows: [] } : dataset, { bom });
  const dir = await writeExport(files);
  folders.push(dir);
  const script = files.find((file) => file.name.endsWith(".R"))?.name;
  if (!script) throw new Error("no .R file");
  return { dir, script };
}

/** What the check script prints: one `key=value` line per fact, read back into an object. */
const CHECK = `
source(commandArgs(trailingOnly = TRUE)[1])
show <- function(key, value) cat(key, "=", paste(value, collapse = "|"), "\\n", sep = "")
show("nrow", nrow(maturo))
show("names", names(maturo))
show("class.burden", class(maturo$tech_past_burden))
show("burden", ifelse(is.na(maturo$tech_past_burden), "NA", maturo$tech_past_burden))
show("reason.burden", as.character(attr(maturo$tech_past_burden, "na_reason")))
show("reason.cloud", as.character(attr(maturo$tech_cloud_plan, "na_reason")))
show("reason.alderman", as.character(attr(maturo$ctx_alderman_digital, "na_reason")))
show("label.burden", attr(maturo$tech_past_burden, "label"))
show("label.maintenance", attr(maturo$tech_it_maintenance, "label"))
show("labels.alderman", paste(names(attr(maturo$ctx_alderman_digital, "labels")), attr(maturo$ctx_alderman_digital, "labels"), sep = ":"))
show("factor.maintenance", as.character(maturo_as_factor(maturo$tech_it_maintenance)))
show("mean.maintenance", mean(maturo$tech_it_maintenance))
show("mean.burden.valid", mean(maturo$tech_past_burden, na.rm = TRUE))
show("org.name", maturo$organisation_name)
show("org.code", maturo$organisation_code)
show("cafe", identical(maturo$organisation_name[4], "'s-Gravenwezel & Caf\\u00e9 \\u201cZuid\\u201d"))
show("role", levels(maturo$role))
show("role.values", as.character(maturo$role))
show("submitted", format(maturo$submitted_at, "%Y-%m-%d %H:%M:%S", tz = "UTC"))
show("submitted.class", class(maturo$submitted_at)[1])
show("score", sprintf("%.10f", maturo$score_capability))
show("score.legacy", ifelse(is.na(maturo$score_legacy), "NA", maturo$score_legacy))
show("campaign", attr(maturo, "provenance")$campaign_id)
show("hash", attr(maturo, "provenance")$instrument_hash)
show("n", attr(maturo, "provenance")$n_respondents)
show("missing.cloud", unlist(maturo_missing[maturo_missing$variable == "tech_cloud_plan", -1]))
`;

async function check(dir: string, script: string, env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  await writeFile(join(dir, "check.R"), CHECK);
  const { stdout } = await run(rscript as string, ["--vanilla", "check.R", join(dir, script)], {
    cwd: dir,
    env,
  });
  const facts: Record<string, string> = {};
  for (const line of stdout.split("\n")) {
    const at = line.indexOf("=");
    if (at > 0 && /^[a-z.]+$/.test(line.slice(0, at))) facts[line.slice(0, at)] = line.slice(at + 1);
  }
  return facts;
}

describe.skipIf(rscript === null)("R export run by Rscript", () => {
  it("prints a summary with provenance and the missing counts", async () => {
    const { dir, script } = await exported("en", true);
    // Run from another folder: the script finds its data next to itself.
    const { stdout, stderr } = await run(rscript as string, ["--vanilla", join(dir, script)], { cwd: "/" });
    expect(stderr).toBe("");
    expect(stdout).toContain("Maturo export: Wave 2024 — Flanders");
    expect(stdout).toContain("instrument hash: sha256:3f2a9c");
    expect(stdout).toMatch(/N = 4 +exported at 2024-02-01 09:30:00 UTC; ids are pseudonymous/);
    expect(stdout).toMatch(/variable valid dont_know not_answered not_asked/);
    expect(stdout).toMatch(/tech_cloud_plan +1 +1 +0 +2/);
    expect(stdout).toMatch(/tech_past_burden +2 +1 +1 +0/);
    expect(stdout).toMatch(/Mean +:51\.67/);
  });

  for (const [name, env] of [
    ["a UTF-8 locale", { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" }],
    ["the C locale", { ...process.env, LANG: "C", LC_ALL: "C" }],
  ] as const) {
    it(`sets missing codes to NA with their reason, labels and types in ${name}`, async () => {
      const { dir, script } = await exported("en", name === "the C locale");
      const facts = await check(dir, script, env);
      expect(facts).toMatchObject({
        nrow: "4",
        "class.burden": "integer",
        burden: "2|NA|NA|6",
        "reason.burden": "NA|dont_know|not_answered|NA",
        "reason.cloud": "dont_know|not_asked|not_asked|NA",
        "reason.alderman": "NA|NA|NA|not_answered",
        "labels.alderman": "No:1|Yes:2",
        "factor.maintenance": "Agree|Somewhat disagree|Disagree|Strongly agree",
        "mean.maintenance": "4",
        "mean.burden.valid": "4",
        "org.code": "44021|44021|-12|11002",
        cafe: "TRUE",
        role: "director|manager|staff",
        "role.values": "director|staff|manager|director",
        submitted: "2023-12-05 10:11:12|2023-12-06 08:00:00|2024-01-10 16:45:30|NA",
        "submitted.class": "POSIXct",
        score: "80.0000000000|40.0000000000|20.0000000000|66.6666666667",
        "score.legacy": "80|NA|NA|0",
        campaign: "wave-2024",
        hash: "sha256:3f2a9c",
        n: "4",
        "missing.cloud": "1|1|0|2",
      });
      expect(facts.names?.split("|")).toContain("score_legacy_technology");
      expect(facts["label.maintenance"]).toBe(
        'We manage IT maintenance well (servers, network, "workplaces").',
      );
      expect(facts["org.name"]?.split("|")[2]).toBe('=HYPERLINK("http://evil.example","Sint-Niklaas")');
    });
  }

  it("labels a Dutch export in Dutch", async () => {
    const { dir, script } = await exported("nl", false);
    const facts = await check(dir, script, { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" });
    expect(facts["labels.alderman"]).toBe("Nee:1|Ja:2");
    expect(facts["factor.maintenance"]).toBe("Eens|Eerder oneens|Oneens|Helemaal eens");
    expect(facts["label.burden"]).toMatch(/^Slechte IT-ontwikkelingen/);
  });

  it("runs on an export without respondents", async () => {
    const { dir, script } = await exported("en", false, true);
    const { stdout, stderr } = await run(rscript as string, ["--vanilla", join(dir, script)]);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/N = 0 /);
    expect(stdout).toMatch(/tech_cloud_plan +0 +0 +0 +0/);
  });
});
