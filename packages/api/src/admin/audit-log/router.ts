import { z } from "zod";
import { adminProcedure } from "../../trpc.js";
import { auditLog } from "./queries.js";

/** Administration, audit log: who exported or viewed research data, who approved whom. */
export const auditLogProcedures = {
  auditLog: adminProcedure
    .input(z.object({ limit: z.int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(({ ctx: { db }, input }) => auditLog(db, input.limit)),
};
