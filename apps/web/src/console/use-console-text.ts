import { useMessages } from "../i18n/locale.js";
import { consoleMessages } from "./messages.js";

export function useConsoleText(): ReturnType<typeof useMessages<keyof (typeof consoleMessages)["en"]>> {
  return useMessages(consoleMessages);
}
