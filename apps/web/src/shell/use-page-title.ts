import { useEffect } from "react";

/**
 * Sets the browser tab's title to "<text> — Maturo" while the calling component is shown (WCAG
 * 2.4.2). Pass the page's own heading so the title follows navigation and the chosen language;
 * null leaves the title to a component further down.
 */
export function usePageTitle(text: string | null): void {
  useEffect(() => {
    if (text !== null) document.title = `${text} — Maturo`;
  }, [text]);
}
