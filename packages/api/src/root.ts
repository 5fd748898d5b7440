import { adminRouter } from "./admin/router.js";
import { authRouter } from "./auth/router.js";
import { campaignsRouter } from "./campaigns/router.js";
import { exportsRouter } from "./exports/router.js";
import { instrumentsRouter } from "./instruments/router.js";
import { invitationsRouter } from "./invitations/router.js";
import { reportRouter } from "./report/router.js";
import { researchRouter } from "./research/router.js";
import { resultsRouter } from "./results/router.js";
import { surveyRouter } from "./survey/router.js";
import { systemRouter } from "./system/router.js";
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
