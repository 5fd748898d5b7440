/** Kinds of local government an organisation can be; benchmarks compare like with like. */
export const ORGANISATION_KINDS = ["municipality", "ocmw", "province", "intermunicipal", "other"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS = {
  nl: {
    municipality: "gemeente",
    ocmw: "OCMW",
    province: "provincie",
    intermunicipal: "intergemeentelijk",
    other: "andere",
  },
  en: {
    municipality: "municipality",
    ocmw: "public social welfare centre",
    province: "province",
    intermunicipal: "intermunicipal",
    other: "other",
  },
} as const satisfies Record<"nl" | "en", Record<OrganisationKind, string>>;

/** Whether a string is one of the organisation kind ids. */
export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === "string" && (ORGANISATION_KINDS as readonly string[]).includes(value);
}
