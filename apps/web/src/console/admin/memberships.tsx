import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { useRefresh } from "../../lib/use-refresh.js";
import { ErrorMessage } from "../../ui/error-message.js";
import { findOrganisation, OrganisationPicker, type PickableOrganisation } from "../organisation-picker.js";
import { useAdminText } from "./admin-text.js";
import type { User } from "./user-actions.js";

/** The organisations a key user serves: one can be added, any but the last taken away. */
export function Memberships({
  user,
  organisations,
}: {
  user: User;
  organisations: readonly PickableOrganisation[];
}): ReactNode {
  const t = useAdminText();
  const trpc = useTRPC();
  const id = useId();
  const [choice, setChoice] = useState("");
  const [unknown, setUnknown] = useState(false);
  const refresh = useRefresh(trpc.admin.users.queryFilter(), () => setChoice(""));
  const add = useMutation(trpc.admin.addMembership.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.admin.removeMembership.mutationOptions({ onSuccess: refresh }));
  const candidates = organisations.filter((o) => !user.organisations.some((m) => m.id === o.id));
  return (
    <div className="memberships">
      <ul aria-label={t("organisationsOf", { email: user.email })}>
        {user.organisations.map((o) => (
          <li key={o.id}>
            {o.name}{" "}
            {user.organisations.length > 1 ? (
              <button
                type="button"
                className="button secondary small"
                aria-label={t("removeOrganisation", { organisation: o.name, email: user.email })}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ userId: user.id, organisationId: o.id })}
              >
                {t("remove")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const organisation = findOrganisation(choice, candidates);
          setUnknown(!organisation);
          if (organisation) add.mutate({ userId: user.id, organisationId: organisation.id });
        }}
      >
        <label htmlFor={`${id}-add`} className="visually-hidden">
          {`${t("addOrganisation")}: ${user.email}`}
        </label>
        <OrganisationPicker
          id={`${id}-add`}
          organisations={candidates}
          value={choice}
          onChange={(value) => {
            setChoice(value);
            setUnknown(false);
          }}
          unknown={unknown}
          required
          compact
        />
        <button type="submit" className="button secondary small" disabled={add.isPending}>
          {t("add")}
        </button>
      </form>
      <ErrorMessage error={add.error ?? remove.error} />
    </div>
  );
}
