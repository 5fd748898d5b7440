import type { ReactNode } from "react";
import { usePageTitle } from "./use-page-title.js";

/** A page with its heading (also the browser title), an optional introduction, then its content. */
export function TitledPage({
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
