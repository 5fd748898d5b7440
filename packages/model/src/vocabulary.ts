/**
 * The platform's vocabulary — roles, role groups, organisation kinds, size classes — with their Dutch
 * and English labels. Zod-free and side-effect-free, so a browser bundle that needs a role's name does
 * not pull in the schemas.
 */
export {
  isOrganisationKind,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from "./vocabulary/organisation-kinds.js";
export {
  isRole,
  ROLE_GROUP_LABELS,
  ROLE_GROUPS,
  ROLE_LABELS,
  ROLES,
  type Role,
  type RoleGroup,
} from "./vocabulary/roles.js";
export {
  compareSizeClasses,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
  type SizeClass,
  sizeClassLabel,
  sizeClassOf,
} from "./vocabulary/size-classes.js";
