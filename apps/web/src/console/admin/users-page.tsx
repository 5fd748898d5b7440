import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { Email } from "../email.js";
import { QueryTable } from "../query-table.js";
import { actionsColumn } from "../sortable-table.js";
import { useAdminText } from "./admin-text.js";
import { IdentifiedExportsToggle } from "./identified-exports-toggle.js";
import { Memberships } from "./memberships.js";
import { NewUserForm } from "./new-user-form.js";
import { type User, UserActions } from "./user-actions.js";

/** Researchers, key users and administrators: their organisations and status, and a form for a new one. */
export function UsersPage(): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.users.queryOptions());
  const organisations = useQuery(trpc.admin.organisations.queryOptions());
  return (
    <>
      <h1>{t("usersTitle")}</h1>
      <p>{t("identifiedExportsNote")}</p>
      <QueryTable
        query={users}
        caption={t("usersTitle")}
        initialSort={{ key: "email", direction: "ascending" }}
        columns={[
          {
            key: "email",
            header: t("email"),
            value: (u) => u.email,
            render: (u) => <Email address={u.email} />,
          },
          { key: "name", header: t("name"), value: (u) => u.name },
          { key: "role", header: t("role"), value: (u) => t(u.role) },
          {
            key: "org",
            header: t("organisation"),
            value: (u) => u.organisations.map((o) => o.name).join(", "),
            render: (u) =>
              u.role === "keyuser" ? <Memberships user={u} organisations={organisations.data ?? []} /> : "—",
          },
          {
            key: "status",
            header: t("status"),
            value: (u) => (u.disabledAt ? t("disabled") : t("active")),
          },
          {
            key: "identified",
            header: t("identifiedExports"),
            value: (u) => (u.identifiedExportsAt ? 1 : 0),
            render: (u) => <IdentifiedExportsToggle user={u} />,
          },
          actionsColumn<User>(t("actions"), (u) => <UserActions user={u} />),
        ]}
      />
      <NewUserForm organisations={organisations.data ?? []} />
    </>
  );
}
