import { sizeClassOf } from "@maturo/model/vocabulary";
import { createRandom } from "./random.js";
import { isRealMunicipalityName } from "./real-municipalities.js";
import type { DemoOrganisation, DemoProvince } from "./types.js";

/** Municipalities per province in Flanders before the 2019 and 2025 mergers: 300 in all. */
export const DEMO_PROVINCES: readonly { readonly province: DemoProvince; readonly count: number }[] = [
  { province: "Antwerpen", count: 69 },
  { province: "Limburg", count: 42 },
  { province: "Oost-Vlaanderen", count: 60 },
  { province: "Vlaams-Brabant", count: 65 },
  { province: "West-Vlaanderen", count: 64 },
];

/** Code and name of the organisation with rich data in both campaigns, for the demo key user. */
export const DEMO_ORGANISATION_CODE = "DEMO-001";
export const DEMO_ORGANISATION_NAME = "Demodorp (synthetisch)";
const SYNTHETIC_LABEL = " (synthetisch)";

const PREFIXES = [
  "Aker",
  "Berken",
  "Bloem",
  "Dries",
  "Eiken",
  "Heide",
  "Hulst",
  "Kalk",
  "Kemp",
  "Linde",
  "Moer",
  "Neder",
  "Peel",
  "Rozen",
  "Schel",
  "Ter",
  "Vlas",
  "Wal",
  "Wilg",
  "Zand",
  "Zon",
  "Broek",
  "Gaver",
  "Beuk",
  "Haver",
  "Klaver",
  "Elzen",
  "Hazel",
  "Mispel",
  "Veen",
  "Weide",
  "Brem",
];
const SUFFIXES = [
  "donk",
  "zele",
  "hem",
  "gem",
  "kerke",
  "hout",
  "laar",
  "berge",
  "dijk",
  "broek",
  "velde",
  "lo",
  "beke",
  "rode",
  "straten",
  "hove",
  "mere",
  "kapelle",
  "meers",
  "akker",
];

function inventedNames(seed: number, count: number): string[] {
  const random = createRandom(seed, "organisation-names");
  const candidates: string[] = [];
  for (const prefix of PREFIXES) {
    for (const suffix of SUFFIXES) {
      if (prefix.toLowerCase() === suffix || prefix.toLowerCase().endsWith(suffix)) continue;
      const name = prefix + suffix;
      if (!isRealMunicipalityName(name) && name !== "Demodorp") candidates.push(name);
    }
  }
  const chosen = new Set<string>();
  while (chosen.size < count) {
    if (chosen.size === candidates.length) throw new RangeError("not enough invented names");
    chosen.add(random.pick(candidates));
  }
  return [...chosen];
}

interface Draft {
  readonly name: string;
  readonly province: DemoProvince;
  readonly population: number;
}

/**
 * 300 invented local governments: the real number per province, one regional centre per province
 * and a log-normal spread of the rest (median about 14 000 inhabitants, as in Flanders).
 */
export function generateOrganisations(seed: number): DemoOrganisation[] {
  const random = createRandom(seed, "organisations");
  const total = DEMO_PROVINCES.reduce((sum, p) => sum + p.count, 0);
  const names = inventedNames(seed, total - 1);
  const drafts: Draft[] = [];
  let nameIndex = 0;
  for (const { province, count } of DEMO_PROVINCES) {
    const ownCount = province === "Oost-Vlaanderen" ? count - 1 : count;
    for (let i = 0; i < ownCount; i++) {
      const population =
        i === 0
          ? Math.round(random.uniform(70_000, 240_000))
          : Math.round(Math.min(90_000, Math.max(1_200, 14_000 * Math.exp(0.6 * random.normal()))));
      drafts.push({ name: names[nameIndex++] as string, province, population });
    }
  }
  drafts.sort((a, b) =>
    a.province === b.province
      ? a.name.localeCompare(b.name, "nl")
      : a.province.localeCompare(b.province, "nl"),
  );
  const organisations: DemoOrganisation[] = [
    {
      code: DEMO_ORGANISATION_CODE,
      name: DEMO_ORGANISATION_NAME,
      kind: "municipality",
      province: "Oost-Vlaanderen",
      sizeClass: sizeClassOf(23_480),
      population: 23_480,
      synthetic: true,
    },
  ];
  drafts.forEach((draft, index) => {
    organisations.push({
      code: `DEMO-${String(index + 2).padStart(3, "0")}`,
      name: draft.name + SYNTHETIC_LABEL,
      kind: "municipality",
      province: draft.province,
      sizeClass: sizeClassOf(draft.population),
      population: draft.population,
      synthetic: true,
    });
  });
  return organisations;
}
