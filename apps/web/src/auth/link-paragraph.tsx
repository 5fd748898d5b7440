import type { ReactNode } from "react";
import { Link } from "../lib/router.js";

/** A way on to another sign-in page (forgot password, back to login…), in a paragraph of its own. */
export function LinkParagraph({
  to,
  button = false,
  children,
}: {
  to: string;
  /** Shown as the page's main action rather than as a text link. */
  button?: boolean;
  children: ReactNode;
}): ReactNode {
  return (
    <p>
      {button ? (
        <Link to={to} className="button">
          {children}
        </Link>
      ) : (
        <Link to={to}>{children}</Link>
      )}
    </p>
  );
}
