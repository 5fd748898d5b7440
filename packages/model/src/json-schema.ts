import { z } from "zod";
import { InstrumentSchema } from "./instrument.js";

/** The JSON Schema (draft 2020-12) of `instrument.json`, for editors and other tools. */
export function instrumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(InstrumentSchema, { target: "draft-2020-12", io: "input" });
}
