import { type RefObject, useLayoutEffect } from "react";

/**
 * Gives `ref`'s element the focus in the commit that shows it: content that replaces what the
 * person acted on (a new page's heading, a sent form's outcome) takes the focus from the control
 * that vanished, so keyboard and screen-reader users land on it. A layout effect, not a passive
 * one: that ran a moment after the new content was on screen — longer on a busy machine — and
 * meanwhile the focus sat on the page's body.
 */
export function useFocusOnShow(ref: RefObject<HTMLElement | null>, when = true): void {
  useLayoutEffect(() => {
    if (when) ref.current?.focus();
  }, [when, ref]);
}
