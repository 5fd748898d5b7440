import { describe, expect, it } from "vitest";
import { fitOls, type OlsModel } from "./ols.js";
import { formatNumber, REGRESSION_TABLE_TEXT, regressionTable } from "./regression-table.js";
import { regressionTableRows } from "./regression-table-rows.js";
import { renderHtml } from "./render-html.js";
import { renderLatex } from "./render-latex.js";
import { renderMarkdown } from "./render-markdown.js";
import { significanceStars } from "./significance-stars.js";

const data = {
  efficiency: [3.1, 4.2, 2.8, 5.0, 4.4, 3.9, 2.5, 4.8, 3.3, 4.0, 2.9, 4.6],
  innovation: [2.0, 3.5, 2.2, 4.1, 3.0, 3.3, 1.9, 4.4, 2.6, 3.8, 2.1, 3.9],
  strategy: [1, 3, 1, 4, 3, 2, 1, 5, 2, 3, 1, 4],
  "staff<&>": [2, 2, 3, 4, 3, 3, 1, 4, 2, 2, 2, 5],
  coercive: [3, 1, 2, 2, 4, 3, 2, 1, 3, 2, 4, 2],
};

function model(dependent: string, predictors: string[]): OlsModel {
  const result = fitOls(data, { dependent, predictors });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const models = [
  model("efficiency", ["strategy", "staff<&>", "coercive"]),
  model("innovation", ["strategy", "staff<&>"]),
];
const table = regressionTable(models, {
  groups: [
    { label: "Organisational capacity", terms: ["strategy", "staff<&>"] },
    { label: "Institutional pressure", terms: ["coercive"] },
  ],
  title: "Table 1",
});

describe("significance stars", () => {
  it("uses the seed's levels", () => {
    expect([0.0005, 0.005, 0.02, 0.07, 0.2, null].map(significanceStars)).toEqual([
      "***",
      "**",
      "*",
      "+",
      "",
      "",
    ]);
  });
});

describe("regression table", () => {
  it("puts models side by side with grouped predictors, constant, R², adjusted R², F and N", () => {
    expect(table.columns).toEqual(["efficiency", "innovation"]);
    expect(table.rows.map((r) => r.label)).toEqual([
      "Organisational capacity",
      "strategy",
      "staff<&>",
      "Institutional pressure",
      "coercive",
      "Constant",
      "R²",
      "Adjusted R²",
      "F",
      "N",
    ]);
    const strategy = models[0]?.coefficients[1];
    const cell = table.rows[1]?.cells[0] ?? "";
    expect(cell).toMatch(/^\d\.\d{3}(\*{1,3}|\+)? \(\d\.\d{3}\)$/);
    expect(cell.startsWith((strategy?.estimate ?? 0).toFixed(3))).toBe(true);
    expect(table.rows[4]?.cells[1]).toBe("");
    expect(table.rows.at(-1)?.cells).toEqual(["12", "12"]);
    expect(table.footnotes.at(-1)).toBe("+ p < .10, * p < .05, ** p < .01, *** p < .001");
  });

  it("shows standardised betas on request", () => {
    const standardized = regressionTable(models, { standardized: true });
    const beta = models[0]?.coefficients[1]?.beta ?? 0;
    expect(standardized.rows[0]?.cells[0]?.startsWith(beta.toFixed(3))).toBe(true);
    expect(standardized.rows[0]?.cells[0]).not.toContain("(");
    expect(standardized.footnotes[0]).toContain("Standardised");
  });

  it("renders markdown with escaped pipes and the legend", () => {
    const md = renderMarkdown(regressionTable(models, { labels: ["a|b", "c"] }));
    expect(md.split("\n")[0]).toBe("|  | a\\|b | c |");
    expect(md).toContain("| N | 12 | 12 |");
    expect(md).toContain("\\*\\*\\* p < .001");
  });

  it("lays the table out as rows for a data file: header, rows, footnotes", () => {
    const rows = regressionTableRows(table);
    expect(rows[0]).toEqual(["", "efficiency", "innovation"]);
    expect(rows).toContainEqual(["N", "12", "12"]);
    expect(rows.at(-1)).toEqual([table.footnotes.at(-1)]);
  });

  it("renders latex with escaped specials and booktabs rules", () => {
    const tex = renderLatex(table);
    expect(tex).toContain("staff<\\&>");
    expect(tex).toContain("\\toprule");
    expect(tex).toContain("R\\textsuperscript{2}");
    expect(tex).toContain("\\multicolumn{3}{l}{\\textit{Organisational capacity}}");
  });

  it("renders escaped html", () => {
    const html = renderHtml(table);
    expect(html).toContain('<th scope="row">staff&lt;&amp;&gt;</th>');
    expect(html).not.toContain("staff<&>");
    expect(html).toContain("<caption>Table 1</caption>");
  });
});

describe("regression table in Dutch", () => {
  const nl = regressionTable(models, {
    text: REGRESSION_TABLE_TEXT.nl.text,
    decimalMark: REGRESSION_TABLE_TEXT.nl.decimalMark,
    groups: [
      { label: "Organisational capacity", terms: ["strategy", "staff<&>"] },
      { label: "Institutional pressure", terms: ["coercive"] },
    ],
    title: "Tabel 1",
  });

  it("stays English with decimal points by default", () => {
    expect(table.decimalMark).toBeUndefined();
    expect(table.rows.map((r) => r.label)).toContain("Adjusted R²");
    expect(table.footnotes[0]).toBe("Unstandardised coefficients with standard errors in parentheses.");
  });

  it("writes Dutch row names, notes and star legend", () => {
    expect(nl.rows.map((r) => r.label).slice(-5)).toEqual(["Constante", "R²", "Aangepaste R²", "F", "N"]);
    expect(nl.footnotes).toEqual([
      "Ongestandaardiseerde coëfficiënten met standaardfouten tussen haakjes.",
      "+ p < ,10; * p < ,05; ** p < ,01; *** p < ,001",
    ]);
    expect(nl.decimalMark).toBe(",");
  });

  it("uses a decimal comma in every number cell, same values as in English", () => {
    for (const [i, row] of nl.rows.entries()) {
      const en = table.rows[i]?.cells ?? [];
      row.cells.forEach((cell, j) => {
        expect(cell).not.toMatch(/\d\.\d/);
        expect(cell).toBe((en[j] ?? "").replace(/(\d)\.(\d)/g, "$1,$2"));
      });
    }
    expect(nl.rows[1]?.cells[0]).toMatch(/^-?\d,\d{3}(\*{1,3}|\+)? \(\d,\d{3}\)$/);
    expect(formatNumber(-0.0001, 3, ",")).toBe("0,000");
    expect(formatNumber(-1.25, 2, ",")).toBe("-1,25");
  });

  it("lets single texts be overridden and notes robust errors in the chosen language", () => {
    const robust = fitOls(data, { dependent: "efficiency", predictors: ["strategy"], robust: "hc3" });
    if (!robust.ok) throw new Error(robust.error.message);
    const t = regressionTable([robust.value], {
      text: { ...REGRESSION_TABLE_TEXT.nl.text, constant: "Intercept" },
      decimalMark: ",",
    });
    expect(t.rows.find((r) => r.kind === "constant")?.label).toBe("Intercept");
    expect(t.footnotes).toContain("Heteroscedasticiteitsrobuuste (HC3) standaardfouten.");
  });

  it("renders markdown, LaTeX and HTML with the Dutch labels and decimal comma", () => {
    const md = renderMarkdown(nl);
    expect(md).toContain("| Aangepaste R² |");
    expect(md).toMatch(/\| Constante \| -?\d,\d{3}/);
    expect(md).toContain("*Ongestandaardiseerde coëfficiënten met standaardfouten tussen haakjes.*");
    const tex = renderLatex(nl);
    expect(tex).toContain("Aangepaste R\\textsuperscript{2}");
    expect(tex).toMatch(/Constante & -?\d,\d{3}/);
    expect(tex).not.toContain("Adjusted");
    const html = renderHtml(nl);
    expect(html).toContain("<caption>Tabel 1</caption>");
    expect(html).toMatch(/<th scope="row">Aangepaste R²<\/th><td>\d,\d{3}<\/td>/);
  });

  it("gives rows with Dutch labels but decimal points (data for other programs), or commas on request", () => {
    const cells = (rows: string[][]): string[][] =>
      rows.slice(1, 1 + table.rows.length).map((row) => row.slice(1));
    const dutch = regressionTableRows(nl);
    expect(cells(dutch)).toEqual(cells(regressionTableRows(table)));
    expect(dutch.map((row) => row[0])).toContain("Aangepaste R²");
    expect(dutch.at(-1)).toEqual(["+ p < ,10; * p < ,05; ** p < ,01; *** p < ,001"]);
    expect(cells(regressionTableRows(table, ","))).toEqual(
      cells(nl.rows.length ? regressionTableRows(nl, ",") : []),
    );
    expect(cells(regressionTableRows(nl, ","))).toEqual(nl.rows.map((row) => row.cells));
  });
});

describe("a table of clustered, weighted models", () => {
  const clustered = fitOls(
    {
      ...data,
      org: ["a", "a", "b", "b", "c", "c", "d", "d", "e", "e", "f", "f"],
      w: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2],
    },
    { dependent: "efficiency", predictors: ["strategy"], cluster: "org", clusterType: "cr2", weights: "w" },
  );
  if (!clustered.ok) throw new Error(clustered.error.message);
  const fitted = clustered.value;

  it("shows the cluster-robust errors and says which errors and weights were used", () => {
    const t = regressionTable([fitted], { notes: ["Organisation level."] });
    const strategy = fitted.coefficients.find((c) => c.term === "strategy");
    const row = t.rows.find((r) => r.label === "strategy");
    expect(row?.cells[0]).toContain(`(${formatNumber(strategy?.clusterStdError as number, 3)})`);
    expect(strategy?.clusterStdError).not.toBeCloseTo(strategy?.stdError as number, 3);
    expect(t.footnotes).toEqual([
      "Unstandardised coefficients with standard errors in parentheses.",
      "Cluster-robust standard errors by org (CR2, Satterthwaite df; G = 6 clusters).",
      "Weighted least squares (weights: w).",
      "Organisation level.",
      "+ p < .10, * p < .05, ** p < .01, *** p < .001",
    ]);
    const nl = regressionTable([fitted], { text: REGRESSION_TABLE_TEXT.nl.text });
    expect(nl.footnotes).toContain("Gewogen kleinste kwadraten (gewichten: w).");
  });
});
