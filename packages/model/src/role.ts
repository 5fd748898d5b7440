import { z } from "zod";
import { ROLES } from "./vocabulary/roles.js";

export const RoleSchema = z
  .enum(ROLES)
  .meta({ description: "director (general director), manager (management team) or staff." });
