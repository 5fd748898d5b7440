import { z } from "zod";
import { publicProcedure, router } from "../trpc.js";
import { organisationCount } from "./queries.js";

const statusOutput = z.object({
  name: z.literal("Maturo"),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
  organisations: z.number().int().nonnegative(),
});

export const systemRouter = router({
  /** Liveness with substance: answers only when the database does. */
  status: publicProcedure.output(statusOutput).query(async ({ ctx: { db, version, dialect } }) => ({
    name: "Maturo" as const,
    version,
    database: dialect,
    organisations: await organisationCount(db),
  })),
});
