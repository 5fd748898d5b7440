import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { CATALOGUE, type MessageArgs, type MessageCode, wording } from "./catalogue.js";

const nl = { en: "x", nl: "y" };
/** Parameters for every message code (the type makes a new code without a sample fail to compile). */
const SAMPLES: { [C in MessageCode]: MessageArgs<C> } = {
  "auth.login-required": [],
  "auth.csrf": [],
  "auth.role-forbidden": [],
  "auth.not-member": [],
  "auth.too-many-logins": [{ seconds: 30 }],
  "auth.wrong-credentials": [],
  "auth.wrong-current-password": [],
  "auth.reset-link-invalid": [],
  "auth.too-many-requests": [],
  "not-found": [{ subject: "membership" }],
  "storage.unavailable": [],
  "request.batch-too-large": [{ max: 10, calls: 60 }],
  internal: [],
  "organisation.code-taken": [{ code: "44021" }],
  "organisation.unknown": [],
  "membership.key-users-only": [],
  "membership.last-organisation": [],
  "user.needs-organisation": [],
  "user.email-taken": [{ email: "a@b.be" }],
  "user.cannot-disable-self": [],
  "user.identified-exports-role": [],
  "account-request.decided": [],
  "account-request.email-taken": [{ email: "a@b.be" }],
  "demo.refused": [],
  "instrument.invalid-snapshot": [{ id: 3 }],
  "instrument.unscorable": [{ detail: "node x has no items" }],
  "instrument.plugin-not-installed": [{ index: 1, pluginId: "users" }],
  "instrument.plugin-problems": [{ detail: "duplicate item id" }],
  "campaign.closes-before-opens": [],
  "campaign.version-not-published": [],
  "campaign.unknown-version": [],
  "campaign.unknown-population-member": [{ index: 2, id: 99 }],
  "campaign.may-not-close": [],
  "campaign.no-results": [],
  "report.too-many-pdfs": [],
  "results.withheld": [{ minGroup: 3, respondents: 1 }],
  "invitation.not-taking-part": [],
  "invitation.may-not-invite": [],
  "invitation.campaign-closed": [],
  "invitation.no-smtp": [],
  "invitation.emails-need-smtp": [],
  "invitation.unknown": [],
  "invitation.revoked": [],
  "invitation.link-purged": [],
  "invitation.mail-subject": [{ organisation: "Gent", reminder: true }],
  "invitation.mail-body": [{ organisation: "Gent", campaign: "Zelfevaluatie", link: "https://x/s/t", k: 5 }],
  "invitation.not-a-wave": [],
  "survey.unknown-link": [],
  "survey.revoked": [],
  "survey.not-yet-open": [],
  "survey.closed": [],
  "survey.submitted": [],
  "survey.withdrawn": [],
  "survey.other-device": [],
  "survey.own-result-elsewhere": [],
  "survey.own-result-not-submitted": [],
  "survey.wrong-code": [],
  "survey.too-many-codes": [],
  "survey.follow-up-hidden": [{ itemId: "ctx-b", controller: "ctx-a" }],
  "survey.resume-code-mail-subject": [{ campaign: "Zelfevaluatie" }],
  "survey.resume-code-mail-body": [{ campaign: "Zelfevaluatie", code: "ABCD-EFGH" }],
  "survey.item-not-asked": [{ index: 0, itemId: "q1" }],
  "survey.no-dont-know": [{ index: 0, itemId: "q1" }],
  "survey.point-out-of-range": [{ index: 0, itemId: "q1", points: 6 }],
  "survey.nothing-to-submit": [],
  "survey.answers-unscorable": [{ detail: "q1: 9 is not a point" }],
  "export.unexportable": [{ detail: "item q9 is unknown" }],
  "export.identified-not-allowed": [],
  "research.no-scores": [{ field: "predictors.0", name: "context.x" }],
  "research.model-failed": [{ index: 1, dependent: "capability", detail: "singular design" }],
  "research.alpha-failed": [{ detail: "no complete rows" }],
  "research.alpha-asked-of-all": [],
  "research.alpha-with-conditional": [{ items: "users-open-data", asked: 40 }],
  "research.alpha-too-few-items": [],
  "research.alpha-too-few-respondents": [],
  "research.alpha-yes-no": [],
  "research.no-population": [],
  "research.rake-failed": [{ detail: 'no sample row has "Limburg"' }],
  "research.cluster-level": [],
  "research.errors-conflict": [],
  "research.control-failed": [{ detail: 'factor "province" needs at least two levels, it has 1' }],
  "research.note-errors": [{ kind: "cr2", clusters: 12 }],
  "research.note-weights": [{ organisations: 12, iterations: 7, level: "respondent" }],
  "research.control-term": [{ factor: "province", level: "Limburg" }],
  "research.note-reference": [{ levels: "Province: Antwerpen" }],
  "research.note-level": [{ level: "organisation" }],
  "population.csv-unreadable": [{ detail: "unclosed quote on line 3" }],
  "population.missing-columns": [{ columns: "code" }],
  "population.unknown-columns": [{ columns: "gemeente", expected: "code, name" }],
  "population.row-problem": [{ line: 4, problem: nl }],
  "population.code-empty": [],
  "population.code-twice": [{ code: "44021" }],
  "population.name-empty": [],
  "population.kind-unknown": [{ kind: "city", kinds: "municipality, ocmw" }],
};

const codes = Object.keys(CATALOGUE) as MessageCode[];
/** `answers[0].value` and `answers.0.value` name the same field. */
const asPath = (text: string): string => text.replace(/\[(\d+)\]/g, ".$1");
const word = <C extends MessageCode>(code: C) => wording(code, ...SAMPLES[code]);

describe("the message catalogue", () => {
  it("words every message in Dutch and in English, differently", () => {
    for (const code of codes) {
      const { en, nl: dutch } = word(code);
      expect(en, code).not.toBe("");
      expect(dutch, code).not.toBe("");
      expect(dutch, code).not.toBe(en);
    }
  });

  it("starts an error that names a field with that field, in both languages", () => {
    for (const code of codes) {
      if (!("status" in CATALOGUE[code])) continue;
      const error = new AppError(code, ...(SAMPLES[code] as MessageArgs<MessageCode>));
      expect(error.message, code).toBe(error.messageIn("en"));
      if (error.field === null) continue;
      expect(asPath(error.messageIn("en")).startsWith(`${error.field}: `), code).toBe(true);
      expect(asPath(error.messageIn("nl")).startsWith(`${error.field}: `), code).toBe(true);
    }
  });
});
