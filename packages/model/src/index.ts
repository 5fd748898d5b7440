export * from "./addresses.js";
export { type AskableItem, type AskedAnswers, isAsked, type ShowIfRule } from "./asked.js";
export { canonicalJson } from "./canonical-json.js";
export { DEFAULT_FRAMEWORK } from "./default-framework.js";
export {
  type Framework,
  type FrameworkNode,
  FrameworkNodeSchema,
  FrameworkSchema,
  type Lens,
  LensSchema,
  type LensTag,
  LensTagSchema,
  type NodeId,
  NodeIdSchema,
  type NodeKind,
  NodeKindSchema,
  type Profile,
  ProfileSchema,
  type ScoringRules,
  ScoringRulesSchema,
  type ThresholdSide,
  ThresholdSideSchema,
} from "./framework.js";
export { API_VERSION, type Instrument, type InstrumentInput, InstrumentSchema } from "./instrument.js";
export {
  type Item,
  type ItemId,
  ItemIdSchema,
  ItemSchema,
  type SeedRef,
  SeedRefSchema,
  type ShowIf,
  ShowIfSchema,
} from "./item.js";
export { instrumentJsonSchema } from "./json-schema.js";
export { type Locale, LocaleSchema, type LocalizedText, LocalizedTextSchema } from "./locale.js";
export {
  type CompiledInstrument,
  compileInstruments,
  InvalidInstrumentError,
  type NormalizedInstrument,
  type NormalizedItem,
  type NormalizedNode,
  type NormalizedScale,
  normalizeInstrument,
  type PluginRef,
} from "./normalize.js";
export { type AnswerValue, AnswerValueSchema, type Response, ResponseSchema } from "./response.js";
export { RoleSchema } from "./role.js";
export { type Scale, ScaleIdSchema, ScaleSchema } from "./scale.js";
export { type Section, SectionSchema } from "./section.js";
export * from "./vocabulary.js";
