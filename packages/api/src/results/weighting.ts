import { z } from "zod";

/** docs/architecture.md, "Where each rule lives": `equal` (every respondent weighs the same) or
 * `balanced` (the mean of the role-group means); absent = the framework's default. */
export const weightingInput = z.enum(["equal", "balanced"]).optional();
export type Weighting = NonNullable<z.infer<typeof weightingInput>>;
