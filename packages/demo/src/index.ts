export { DEFAULT_DEMO_NOW, DEFAULT_DEMO_SEED, generateDemo } from "./generate-demo.js";
export { CATEGORY_MODEL, CONTEXT_MODEL } from "./latent-model.js";
export {
  DEMO_ORGANISATION_CODE,
  DEMO_ORGANISATION_NAME,
  DEMO_PROVINCES,
} from "./organisations.js";
export { CAMPAIGN_PLANS, type CampaignPlan } from "./participation.js";
export { isRealMunicipalityName } from "./real-municipalities.js";
export {
  type ParticipationSummary,
  type RoleParticipation,
  summarizeParticipation,
} from "./summarize-participation.js";
export type {
  DemoCampaign,
  DemoCampaignKey,
  DemoData,
  DemoInstrument,
  DemoInvitation,
  DemoInvitationStatus,
  DemoOrganisation,
  DemoProvince,
  GenerateDemoOptions,
} from "./types.js";
