import type { OrganisationsTable } from "./tables/organisations.js";

/** The whole schema as kysely sees it: one entry per table, each defined in `tables/`. */
export interface Database {
  organisations: OrganisationsTable;
}
