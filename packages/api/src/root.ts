import { adminRouter } from "./routers/admin.js";
import { authRouter } from "./routers/auth.js";
import { campaignsRouter } from "./routers/campaigns.js";
import { exportsRouter } from "./routers/exports.js";
import { instrumentsRouter } from "./routers/instruments.js";
import { invitationsRouter } from "./routers/invitations.js";
import { reportRouter } from "./routers/report.js";
import { researchRouter } from "./routers/research.js";
import { resultsRouter } from "./routers/results.js";
import { surveyRouter } from "./routers/survey.js";
import { systemRouter } from "./routers/system.js";
import { router } from "./trpc.js";

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  admin: adminRouter,
  instruments: instrumentsRouter,
  campaigns: campaignsRouter,
  invitations: invitationsRouter,
  survey: surveyRouter,
  results: resultsRouter,
  report: reportRouter,
  research: researchRouter,
  exports: exportsRouter,
});

export type AppRouter = typeof appRouter;
