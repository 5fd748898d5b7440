import type { ReactNode } from "react";
import { usePageTitle } from "../shell/use-page-title.js";

/** A sign-in page: its heading (also the browser title), an optional introduction, then its content. */
export function AuthPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}): ReactNode {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {intro ? <p>{intro}</p> : null}
      {children}
    </>
  );
}
