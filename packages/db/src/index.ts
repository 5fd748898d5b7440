export {
  type DatabaseConfig,
  type DatabaseHandle,
  type DialectName,
  openDatabase,
  SQLITE_FILE_NAME,
} from "./connect.js";
export type { Database } from "./database.js";
export { type MigrationReport, migrateToLatest } from "./migrate.js";
export type {
  NewOrganisation,
  Organisation,
  OrganisationsTable,
  OrganisationUpdate,
} from "./tables/organisations.js";
