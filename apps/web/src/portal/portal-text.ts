import { useMessages } from "../i18n/locale.js";
import { portalText } from "./messages.js";

/** A translator over the portal's texts, in the current locale. */
export function usePortalText(): ReturnType<typeof useMessages<keyof (typeof portalText)["nl"]>> {
  return useMessages(portalText);
}
