import type { ReactNode } from "react";
import { Link } from "../lib/router.js";

/** An entry of a navigation list; the current page is marked (`aria-current`) instead of linked. */
export function NavLink({
  to,
  current,
  children,
}: {
  to: string;
  current: boolean;
  children: ReactNode;
}): ReactNode {
  return (
    <li>
      {current ? (
        <a href={to} aria-current="page" className="current">
          {children}
        </a>
      ) : (
        <Link to={to}>{children}</Link>
      )}
    </li>
  );
}
