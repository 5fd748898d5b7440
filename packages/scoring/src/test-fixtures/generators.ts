// fast-check generators for random instruments and responses over the default framework.
import {
  type CompiledInstrument,
  compileInstruments,
  DEFAULT_FRAMEWORK,
  type Instrument,
  ROLES,
} from "@maturo/model";
import fc from "fast-check";
import type { RefResponse } from "./reference-scoring.js";

const CATEGORIES = DEFAULT_FRAMEWORK.nodes.filter((node) => node.kind === "category").map((node) => node.id);

interface ScaleSpec {
  points: number;
  positive: number[];
  dontKnow: boolean;
}

const scaleSpec: fc.Arbitrary<ScaleSpec> = fc.integer({ min: 2, max: 7 }).chain((points) =>
  fc.record({
    points: fc.constant(points),
    positive: fc.uniqueArray(fc.integer({ min: 1, max: points }), { minLength: 1, maxLength: points }),
    dontKnow: fc.boolean(),
  }),
);

interface ItemSpec {
  node: string;
  scale: number;
  reverse: boolean;
  roles: string[] | null;
  showIf: { item: number; in: number[] } | null;
}

const itemSpec = (scales: number): fc.Arbitrary<ItemSpec> =>
  fc.record({
    node: fc.constantFrom(...CATEGORIES.slice(0, 9)),
    scale: fc.integer({ min: 0, max: scales - 1 }),
    reverse: fc.boolean(),
    roles: fc.option(fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 3 }), {
      nil: null,
    }),
    showIf: fc.option(
      fc.record({
        item: fc.nat(),
        in: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
      }),
      { nil: null, freq: 5 },
    ),
  });

/** A random valid instrument: 1–3 scales, 1–14 items over the first nine categories, some showIf. */
export const instrumentArb: fc.Arbitrary<Instrument> = fc
  .array(scaleSpec, { minLength: 1, maxLength: 3 })
  .chain((scales) =>
    fc.record({
      scales: fc.constant(scales),
      items: fc.array(itemSpec(scales.length), { minLength: 1, maxLength: 14 }),
    }),
  )
  .map(({ scales, items }): Instrument => {
    const scaleIds = scales.map((_, i) => `s${i}`);
    return {
      id: "random",
      version: "1.0.0",
      apiVersion: 1,
      locales: ["en"],
      title: { en: "Random" },
      scales: scales.map((scale, i) => ({
        id: scaleIds[i] as string,
        points: scale.points,
        positive: scale.positive,
        dontKnow: scale.dontKnow,
        labels: { en: Array.from({ length: scale.points }, (_, p) => `p${p + 1}`) },
      })),
      sections: [
        {
          id: "main",
          title: { en: "Main" },
          items: items.map((item, j) => ({
            id: `item-${j}`,
            node: item.node,
            scale: scaleIds[item.scale] as string,
            text: { en: `Item ${j}` },
            ...(item.reverse ? { reverse: true } : {}),
            ...(item.roles === null ? {} : { roles: item.roles as ("director" | "manager" | "staff")[] }),
            // showIf only on an earlier item, so there is never a cycle.
            ...(item.showIf === null || j === 0
              ? {}
              : { showIf: { item: `item-${item.showIf.item % j}`, in: item.showIf.in } }),
          })),
        },
      ],
    };
  });

export const compiledArb: fc.Arbitrary<CompiledInstrument> = instrumentArb.map((instrument) =>
  compileInstruments([instrument], DEFAULT_FRAMEWORK),
);

/** Responses to a compiled instrument: every cell a point, "dk" where offered, or blank. */
export function responsesArb(compiled: CompiledInstrument, maxLength = 25): fc.Arbitrary<RefResponse[]> {
  const answer = compiled.items.map((item) => {
    const choices: fc.WeightedArbitrary<number | "dk" | null>[] = [
      { weight: 6, arbitrary: fc.integer({ min: 1, max: item.points }) },
      { weight: 1, arbitrary: fc.constant(null) },
    ];
    if (item.dontKnow) choices.push({ weight: 1, arbitrary: fc.constant("dk" as const) });
    return fc.oneof(...choices);
  });
  const response = fc.record({
    organisationId: fc.constantFrom("org-a", "org-b", "org-c"),
    role: fc.constantFrom(...ROLES),
    answers: fc.tuple(...answer),
  });
  return fc.array(response, { minLength: 1, maxLength }).map((rows) =>
    rows.map((row, r) => {
      const answers: Record<string, number | "dk" | null> = {};
      compiled.items.forEach((item, j) => {
        const value = row.answers[j];
        if (value !== null && value !== undefined) answers[item.id] = value;
      });
      return { respondentId: `r${r}`, organisationId: row.organisationId, role: row.role, answers };
    }),
  );
}
