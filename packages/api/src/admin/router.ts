import { router } from "../trpc.js";
import { accountRequestProcedures } from "./account-requests/router.js";
import { auditLogProcedures } from "./audit-log/router.js";
import { organisationProcedures } from "./organisations/router.js";
import { retentionProcedures } from "./retention/router.js";
import { userProcedures } from "./users/router.js";

/** Administration, one section a folder; the procedures keep their flat paths (admin.createUser, …). */
export const adminRouter = router({
  ...organisationProcedures,
  ...userProcedures,
  ...accountRequestProcedures,
  ...auditLogProcedures,
  ...retentionProcedures,
});
