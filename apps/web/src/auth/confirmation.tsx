import { type ReactNode, useEffect, useRef } from "react";

/**
 * The outcome that replaces a sent form. It takes the focus, so keyboard and screen-reader users
 * land on it instead of on the vanished submit button.
 */
export function Confirmation({ children }: { children: ReactNode }): ReactNode {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p role="status" tabIndex={-1} ref={ref} className="confirmation">
      {children}
    </p>
  );
}
