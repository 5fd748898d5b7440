import { type ReactNode, useLayoutEffect, useRef } from "react";

/** The page's h1; it takes focus when the page changes so screen readers announce the new page. */
export function PageTitle({ children }: { children: ReactNode }): ReactNode {
  const ref = useRef<HTMLHeadingElement>(null);
  // In the commit that shows it, as useFocusOnShow, but only when nothing else has the focus.
  useLayoutEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
