import { type ReactNode, useId } from "react";

/** A section named by its h2 (`aria-labelledby`), with an optional introduction under the heading. */
export function TitledSection({
  title,
  intro,
  className,
  children,
}: {
  title: string;
  intro?: string;
  className?: string;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}
