import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { QueryState } from "../../ui/query-state.js";
import { useAdminText } from "./admin-text.js";
import { RequestRow } from "./request-row.js";

/** The account requests, newest decisions included. */
export function RequestsPage(): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.accountRequests.queryOptions());
  return (
    <>
      <h1>{t("requestsTitle")}</h1>
      <QueryState query={list} />
      {list.data?.length === 0 ? <p>{t("noRequests")}</p> : null}
      <ul className="request-list">
        {list.data?.map((r) => (
          <RequestRow key={r.id} request={r} />
        ))}
      </ul>
    </>
  );
}
