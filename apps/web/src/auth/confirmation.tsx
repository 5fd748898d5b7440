import { type ReactNode, useRef } from "react";
import { useFocusOnShow } from "../shell/use-focus-on-show.js";

/**
 * The outcome that replaces a sent form. It takes the focus, so keyboard and screen-reader users
 * land on it instead of on the vanished submit button.
 */
export function Confirmation({ children }: { children: ReactNode }): ReactNode {
  const ref = useRef<HTMLParagraphElement>(null);
  useFocusOnShow(ref);
  return (
    <p role="status" tabIndex={-1} ref={ref} className="confirmation">
      {children}
    </p>
  );
}
