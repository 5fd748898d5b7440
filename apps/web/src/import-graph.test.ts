import { describe, expect, it } from "vitest";

// The web app's own import graph, read from the source text (no bundler involved): every static
// import and re-export, side-effect import and lazy `import()` with a relative specifier.
const SOURCES = import.meta.glob<string>(["./**/*.ts", "./**/*.tsx", "!./**/*.test.ts", "!./**/*.test.tsx"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

/** The relative specifiers a module imports, in source order. */
function importSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[1] as string).filter((s) => s.startsWith("."));
}

/** `./a/b.tsx` importing `../c.js` → `./c.ts` or `./c.tsx`, whichever exists; null for other files (CSS). */
function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const parts = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  const path = parts.join("/").replace(/\.js$/, "");
  return [`${path}.ts`, `${path}.tsx`].find((candidate) => files.has(candidate)) ?? null;
}

type Graph = ReadonlyMap<string, readonly string[]>;

function importGraph(sources: Readonly<Record<string, string>>): Graph {
  const files = new Set(Object.keys(sources));
  return new Map(
    Object.entries(sources).map(([file, source]) => [
      file,
      importSpecifiers(source)
        .map((s) => resolve(file, s, files))
        .filter((target): target is string => target !== null),
    ]),
  );
}

/** Every import circle, each once, as the path of modules that leads back to its start. */
function findCycles(graph: Graph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("the web app's import graph", () => {
  const graph = importGraph(SOURCES);

  it("is read from the sources", () => {
    expect(graph.get("./app.tsx")).toEqual(
      expect.arrayContaining(["./shell/page.tsx", "./respondent/respondent-app.tsx", "./staff-app.tsx"]),
    );
  });

  it("has no import circles", () => {
    expect(findCycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("keeps the shell free of features: it imports only the shell, i18n and lib", () => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith("./shell/"))
      .flatMap(([file, targets]) =>
        targets.filter((t) => !/^\.\/(shell|i18n|lib)\//.test(t)).map((t) => `${file} → ${t}`),
      );
    expect(outside).toEqual([]);
  });

  it("reports a circle through a lazy import and a re-export", () => {
    const circular = importGraph({
      "./app.tsx":
        'import { Page } from "./shell/page.js";\nconst A = lazy(() => import("./area/area-app.js"));',
      "./area/area-app.tsx": 'export { Page } from "../app.js";\nimport "./area.css";',
      "./shell/page.tsx": "export const Page = 1;",
    });
    expect(findCycles(circular)).toEqual([["./app.tsx", "./area/area-app.tsx", "./app.tsx"]]);
  });
});
