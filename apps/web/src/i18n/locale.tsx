import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { LOCALES, type Locale, type MessageKey, type Messages, messages } from "./messages.js";

interface LocaleState {
  locale: Locale;
  /** Whether the language was chosen in this browser (not guessed from its settings). */
  explicit: boolean;
  setLocale(locale: Locale): void;
  t(key: MessageKey): string;
}

const LocaleContext = createContext<LocaleState | null>(null);
const STORAGE_KEY = "maturo.locale";

function storedLocale(): Locale | null {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored && (LOCALES as readonly string[]).includes(stored) ? (stored as Locale) : null;
}

/** The language a page starts in: the one chosen in this browser, else the browser's own (English or Dutch). */
export function initialLocale(): Locale {
  return storedLocale() ?? (globalThis.navigator?.language?.toLowerCase().startsWith("en") ? "en" : "nl");
}

export function LocaleProvider({ children }: { children: ReactNode }): ReactNode {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [explicit, setExplicit] = useState(() => storedLocale() !== null);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    setExplicit(true);
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  }, []);
  const value = useMemo<LocaleState>(
    () => ({ locale, explicit, setLocale, t: (key) => messages[locale][key] }),
    [locale, explicit, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error("useLocale must be used inside <LocaleProvider>");
  return state;
}

/** A translator over an area's own messages, in the current locale. */
export function useMessages<K extends string>(
  area: Messages<K>,
): (key: K, values?: Record<string, string | number>) => string {
  const { locale } = useLocale();
  return useCallback(
    (key: K, values?: Record<string, string | number>) => {
      const text = area[locale][key];
      return values
        ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
        : text;
    },
    [area, locale],
  );
}
