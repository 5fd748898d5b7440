import { z } from "zod";
import { audited } from "../../procedures/audited.js";
import { id, organisationKind } from "../../shared/inputs.js";
import { adminProcedure } from "../../trpc.js";
import { changeOrganisation, createOrganisation } from "./manage-organisations.js";
import { listOrganisations, searchOrganisations } from "./queries.js";

const organisationName = z.string().trim().min(2).max(200);
const province = z.string().trim().max(100).nullable();
const sizeClass = z.string().trim().max(40).nullable();
const organisationInput = z.object({
  code: z.string().trim().min(1).max(40),
  name: organisationName,
  kind: organisationKind.default("municipality"),
  province: province.default(null),
  sizeClass: sizeClass.default(null),
});
/** Only the fields given change: a client that sends just the name never wipes the province. */
const organisationUpdate = z.object({
  id,
  name: organisationName.optional(),
  kind: organisationKind.optional(),
  province: province.optional(),
  sizeClass: sizeClass.optional(),
});
type OrganisationUpdate = z.infer<typeof organisationUpdate>;
const organisationSearch = z.object({
  search: z.string().trim().max(100).default(""),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});

/** Administration, organisations: the list, a new one, and changes to one (audited when anything changes). */
export const organisationProcedures = {
  organisations: adminProcedure.query(({ ctx: { db } }) => listOrganisations(db)),

  /** The admin's list: searched by name or code on the server and shown a page at a time. */
  organisationPage: adminProcedure.input(organisationSearch).query(async ({ ctx: { db }, input }) => ({
    ...(await searchOrganisations(db, input)),
    page: input.page,
    pageSize: input.pageSize,
  })),

  createOrganisation: adminProcedure
    .input(organisationInput)
    .use(
      audited("organisation.create", (input: { code: string }, output: { id: number }) => ({
        organisationId: output.id,
        detail: { code: input.code },
      })),
    )
    .mutation(({ ctx, input }) => createOrganisation(ctx, input)),

  updateOrganisation: adminProcedure
    .input(organisationUpdate)
    .use(
      audited("organisation.update", ({ id: organisationId, ...changes }: OrganisationUpdate) =>
        Object.values(changes).some((value) => value !== undefined)
          ? { organisationId, detail: changes }
          : null,
      ),
    )
    .mutation(({ ctx, input: { id: organisationId, ...changes } }) =>
      changeOrganisation(ctx, organisationId, changes),
    ),
};
