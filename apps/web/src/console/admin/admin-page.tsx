import type { ReactNode } from "react";
import type { AdminSection } from "../sections.js";
import { AuditPage } from "./audit-page.js";
import { OrganisationsPage } from "./organisations-page.js";
import { RequestsPage } from "./requests-page.js";
import { RetentionPage } from "./retention-page.js";
import { UsersPage } from "./users-page.js";

/** The administration section asked for; the console shows it to administrators only. */
export function AdminPage({ section }: { section: AdminSection }): ReactNode {
  switch (section) {
    case "organisations":
      return <OrganisationsPage />;
    case "users":
      return <UsersPage />;
    case "requests":
      return <RequestsPage />;
    case "retention":
      return <RetentionPage />;
    case "audit":
      return <AuditPage />;
  }
}
