import { resultsRouter } from "../routers/results.js";
import { createCallerFactory } from "../trpc.js";

/** Calls the results procedures in-process, with the same session and minimum group rule. */
export const resultsCaller = createCallerFactory(resultsRouter);

type ResultsCaller = ReturnType<typeof resultsCaller>;
export type Overview = Awaited<ReturnType<ResultsCaller["overview"]>>;
export type Trend = Awaited<ReturnType<ResultsCaller["trend"]>>;
