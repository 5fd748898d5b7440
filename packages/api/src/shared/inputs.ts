import { ORGANISATION_KINDS, ROLES } from "@maturo/model";
import { z } from "zod";

/** Input fields several features accept, declared once so they validate (and read) the same everywhere. */
export const id = z.int().positive();
export const isoDateTime = z.iso.datetime({ offset: true });
export const locale = z.enum(["nl", "en"]);
export const role = z.enum(ROLES);
export const organisationKind = z.enum(ORGANISATION_KINDS);
export const email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));
export const password = z.string().min(10).max(200);
