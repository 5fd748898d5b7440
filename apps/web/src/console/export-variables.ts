import type { RouterOutputs } from "../lib/trpc.js";

/** The export's variable names for a campaign's items and scores, which the R scripts read. */
export type ExportVariables = RouterOutputs["exports"]["variables"];
