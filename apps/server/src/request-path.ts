/** A path segment that may be a secret: a personal-link token, or anything holding an e-mail address. */
const SECRET_SEGMENT = /@|^[A-Za-z0-9_-]{20,}$/;
const REDACTED = "[redacted]";

/** The procedures one `/trpc/…` request calls: "survey.open,survey.save" names two. */
export function procedurePaths(pathname: string): string[] {
  const rest = pathname.replace(/^\/trpc\/?/, "");
  return rest === "" ? [] : rest.split(",");
}

/**
 * A request path as it may be written to a log: a respondent's personal link (`/s/<token>`) and any
 * segment that looks like a token or holds an e-mail address are replaced, so logs never carry what
 * opens someone's answers or names them. Query strings are never passed in.
 */
export function loggablePath(pathname: string): string {
  const segments = pathname.slice(0, 300).split("/");
  return segments
    .map((segment, index) =>
      (index === 2 && segments[1] === "s" && segment !== "") || SECRET_SEGMENT.test(segment)
        ? REDACTED
        : segment,
    )
    .join("/");
}

/** A procedure name as it may be written to a log (the caller chooses the path, so it is checked too). */
export function loggableProcedure(name: string): string {
  return SECRET_SEGMENT.test(name) || name.length > 100 ? REDACTED : name;
}
