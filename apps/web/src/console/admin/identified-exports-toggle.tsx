import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { useAdminText } from "./admin-text.js";
import type { User } from "./user-actions.js";

/**
 * Allows a researcher (or administrator) identified research exports — organisation names and codes —
 * or withdraws it (docs/decisions.md, "Pseudonymised research exports"); both are audited.
 */
export function IdentifiedExportsToggle({ user }: { user: User }): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const refresh = useRefresh(trpc.admin.users.queryFilter());
  const [allowed, setAllowed] = useState(user.identifiedExportsAt !== null);
  const set = useMutation(
    trpc.admin.setIdentifiedExports.mutationOptions({
      onSuccess: refresh,
      // Not stored: the box shows again what holds.
      onError: () => setAllowed(user.identifiedExportsAt !== null),
    }),
  );
  if (user.role === "keyuser") return "—";
  return (
    <>
      <label className="choice">
        <input
          type="checkbox"
          checked={allowed}
          disabled={set.isPending}
          aria-label={t("identifiedExportsFor", { email: user.email })}
          onChange={(e) => {
            setAllowed(e.target.checked);
            set.mutate({ userId: user.id, allowed: e.target.checked });
          }}
        />
        {user.identifiedExportsAt !== null ? t("allowed") : t("notAllowed")}
      </label>
      <ErrorMessage error={set.error} />
    </>
  );
}
