import { compareSizeClasses, SIZE_CLASSES, sizeClassLabel } from "@maturo/model/vocabulary";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { AuditPage } from "./audit-page.js";
import type { AdminSection } from "./console-app.js";
import { findOrganisation, OrganisationPicker } from "./organisation-picker.js";
import {
  Email,
  formatDate,
  MutationError,
  QueryState,
  SortableTable,
  useConsoleText,
  useWaves,
} from "./ui.js";

const text = {
  nl: {
    organisationsTitle: "Organisaties",
    usersTitle: "Onderzoekers en sleutelgebruikers",
    requestsTitle: "Accountaanvragen",
    retentionTitle: "Bewaartermijnen",
    code: "Code",
    name: "Naam",
    kind: "Soort",
    province: "Provincie",
    size: "Grootteklasse",
    newOrganisation: "Nieuwe organisatie",
    add: "Toevoegen",
    email: "E-mailadres",
    role: "Rol",
    organisation: "Organisatie",
    status: "Status",
    active: "actief",
    disabled: "uitgeschakeld",
    actions: "Acties",
    disable: "Uitschakelen",
    enable: "Inschakelen",
    resetPassword: "Wachtwoord instellen",
    newPassword: "Nieuw wachtwoord voor {email} (minstens 10 tekens)",
    passwordSet: "Wachtwoord ingesteld voor {email}. Bezorg het via een veilig kanaal.",
    newUser: "Nieuwe gebruiker",
    password: "Wachtwoord (minstens 10 tekens)",
    researcher: "onderzoeker",
    keyuser: "sleutelgebruiker",
    admin: "beheerder",
    userCreated: "Gebruiker aangemaakt.",
    createUser: "Gebruiker aanmaken",
    none: "Geen",
    message: "Bericht",
    requested: "Aangevraagd",
    pending: "in behandeling",
    approved: "goedgekeurd",
    rejected: "afgewezen",
    approve: "Goedkeuren",
    reject: "Afwijzen",
    approveFor: "Aanvraag van {name} goedkeuren",
    rejectFor: "Aanvraag van {name} afwijzen",
    keyPassword: "Wachtwoord voor de nieuwe sleutelgebruiker {email}",
    approvedNote: "Goedgekeurd: {email} kan zich aanmelden met het wachtwoord dat u koos.",
    noRequests: "Geen aanvragen.",
    retentionIntro:
      "E-mailadressen en tokens worden zoveel dagen na het sluiten van een bevraging gewist. Leeg = de standaard van de server.",
    days: "Dagen bewaren voor {name}",
    purge: "Verlopen gegevens nu wissen",
    purged: "{n} uitnodigingen gewist.",
    edit: "Wijzigen",
    editOrganisation: "{name} wijzigen",
    saved: "Opgeslagen.",
    cancel: "Annuleren",
    codeFixed: "De code blijft: bevolkingsimports en exports herkennen een organisatie eraan.",
    kind_municipality: "gemeente",
    kind_ocmw: "OCMW",
    kind_province: "provincie",
    kind_intermunicipal: "intergemeentelijk",
    kind_other: "andere",
    organisationsOf: "Organisaties van {email}",
    addOrganisation: "Organisatie toevoegen",
    removeOrganisation: "{organisation} wegnemen bij {email}",
    remove: "Wegnemen",
  },
  en: {
    organisationsTitle: "Organisations",
    usersTitle: "Researchers and key users",
    requestsTitle: "Account requests",
    retentionTitle: "Retention",
    code: "Code",
    name: "Name",
    kind: "Kind",
    province: "Province",
    size: "Size class",
    newOrganisation: "New organisation",
    add: "Add",
    email: "E-mail address",
    role: "Role",
    organisation: "Organisation",
    status: "Status",
    active: "active",
    disabled: "disabled",
    actions: "Actions",
    disable: "Disable",
    enable: "Enable",
    resetPassword: "Set password",
    newPassword: "New password for {email} (at least 10 characters)",
    passwordSet: "Password set for {email}. Hand it over through a safe channel.",
    newUser: "New user",
    password: "Password (at least 10 characters)",
    researcher: "researcher",
    keyuser: "key user",
    admin: "administrator",
    userCreated: "User created.",
    createUser: "Create user",
    none: "None",
    message: "Message",
    requested: "Requested",
    pending: "pending",
    approved: "approved",
    rejected: "rejected",
    approve: "Approve",
    reject: "Reject",
    approveFor: "Approve the request of {name}",
    rejectFor: "Reject the request of {name}",
    keyPassword: "Password for the new key user {email}",
    approvedNote: "Approved: {email} can log in with the password you chose.",
    noRequests: "No requests.",
    retentionIntro:
      "E-mail addresses and tokens are deleted this many days after a wave closes. Empty = the server's default.",
    days: "Days to keep for {name}",
    purge: "Purge expired data now",
    purged: "{n} invitations purged.",
    edit: "Edit",
    editOrganisation: "Edit {name}",
    saved: "Saved.",
    cancel: "Cancel",
    codeFixed: "The code stays: population imports and exports recognise an organisation by it.",
    kind_municipality: "municipality",
    kind_ocmw: "public social welfare centre",
    kind_province: "province",
    kind_intermunicipal: "intermunicipal",
    kind_other: "other",
    organisationsOf: "Organisations of {email}",
    addOrganisation: "Add organisation",
    removeOrganisation: "Remove {organisation} from {email}",
    remove: "Remove",
  },
} as const satisfies Messages<string>;

type T = ReturnType<typeof useMessages<keyof (typeof text)["en"]>>;

function Organisations({ t }: { t: T }): ReactNode {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { locale } = useLocale();
  const id = useId();
  const list = useQuery(trpc.admin.organisations.queryOptions());
  const [form, setForm] = useState({ code: "", name: "", province: "", sizeClass: "" });
  const create = useMutation(
    trpc.admin.createOrganisation.mutationOptions({
      onSuccess: async () => {
        setForm({ code: "", name: "", province: "", sizeClass: "" });
        await queryClient.invalidateQueries(trpc.admin.organisations.queryFilter());
      },
    }),
  );
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    create.mutate({
      code: form.code,
      name: form.name,
      province: form.province || null,
      sizeClass: form.sizeClass || null,
    });
  };
  return (
    <>
      <h1>{t("organisationsTitle")}</h1>
      <form className="inline-form card" onSubmit={onSubmit} aria-label={t("newOrganisation")}>
        {(["code", "name", "province", "sizeClass"] as const).map((f) => (
          <div key={f} className="field">
            <label htmlFor={`${id}-${f}`}>{t(f === "sizeClass" ? "size" : f)}</label>
            <input
              id={`${id}-${f}`}
              required={f === "code" || f === "name"}
              value={form[f]}
              onChange={(e) => setForm({ ...form, [f]: e.target.value })}
            />
          </div>
        ))}
        <button type="submit" className="button" disabled={create.isPending}>
          {t("add")}
        </button>
      </form>
      <MutationError error={create.error} />
      <QueryState query={list} />
      {list.data ? (
        <SortableTable
          caption={t("organisationsTitle")}
          rows={list.data}
          rowKey={(o) => o.id}
          initialSort={{ key: "name", direction: "ascending" }}
          columns={[
            { key: "code", header: t("code"), value: (o) => o.code },
            { key: "name", header: t("name"), value: (o) => o.name },
            { key: "kind", header: t("kind"), value: (o) => t(`kind_${o.kind as Kind}`) },
            { key: "province", header: t("province"), value: (o) => o.province },
            {
              key: "size",
              header: t("size"),
              value: (o) => (o.sizeClass ? sizeClassLabel(o.sizeClass, locale) : null),
              compare: (a, b) => compareSizeClasses(a.sizeClass, b.sizeClass),
            },
            {
              key: "actions",
              header: t("actions"),
              fixed: true,
              value: () => null,
              render: (o) => <OrganisationEditor organisation={o} t={t} />,
            },
          ]}
        />
      ) : null}
    </>
  );
}

const KINDS = ["municipality", "ocmw", "province", "intermunicipal", "other"] as const;
type Kind = (typeof KINDS)[number];
type OrganisationRow = RouterOutputs["admin"]["organisations"][number];

/** Edits an organisation in place: everything but its code. */
function OrganisationEditor({ organisation, t }: { organisation: OrganisationRow; t: T }): ReactNode {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const c = useConsoleText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const initial = {
    name: organisation.name,
    kind: organisation.kind as Kind,
    province: organisation.province ?? "",
    sizeClass: organisation.sizeClass ?? "",
  };
  const [form, setForm] = useState(initial);
  const update = useMutation(
    trpc.admin.updateOrganisation.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries(trpc.admin.organisations.queryFilter());
      },
    }),
  );
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button secondary small"
        aria-expanded={open}
        aria-controls={`${id}-edit`}
        aria-label={t("editOrganisation", { name: organisation.name })}
        onClick={() => {
          setForm(initial);
          setOpen(!open);
        }}
      >
        {t("edit")}
      </button>
      {open ? (
        <form
          id={`${id}-edit`}
          className="inline-form"
          aria-label={t("editOrganisation", { name: organisation.name })}
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({
              id: organisation.id,
              name: form.name,
              kind: form.kind,
              province: form.province || null,
              sizeClass: form.sizeClass || null,
            });
          }}
        >
          <p className="hint">{t("codeFixed")}</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t("name")}</label>
            <input
              id={`${id}-name`}
              required
              minLength={2}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t("kind")}</label>
            <select
              id={`${id}-kind`}
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind_${k}`)}
                </option>
              ))}
            </select>
          </div>
          {(["province", "sizeClass"] as const).map((f) => (
            <div key={f} className="field">
              <label htmlFor={`${id}-${f}`}>{t(f === "sizeClass" ? "size" : f)}</label>
              <input
                id={`${id}-${f}`}
                value={form[f]}
                onChange={(e) => setForm({ ...form, [f]: e.target.value })}
              />
            </div>
          ))}
          <button type="submit" className="button small" disabled={update.isPending}>
            {c("save")}
          </button>
          <button type="button" className="button secondary small" onClick={() => setOpen(false)}>
            {t("cancel")}
          </button>
        </form>
      ) : null}
      {update.isSuccess && !open ? <span role="status">{t("saved")}</span> : null}
      <MutationError error={update.error} />
    </div>
  );
}

type User = RouterOutputs["admin"]["users"][number];

function UserActions({ user, t }: { user: User; t: T }): ReactNode {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [password, setPassword] = useState("");
  const refresh = (): Promise<void> => queryClient.invalidateQueries(trpc.admin.users.queryFilter());
  const setDisabled = useMutation(trpc.admin.setDisabled.mutationOptions({ onSuccess: refresh }));
  const setPasswordM = useMutation(
    trpc.admin.setPassword.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        setPassword("");
      },
    }),
  );
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button secondary small"
        aria-label={`${user.disabledAt ? t("enable") : t("disable")}: ${user.email}`}
        onClick={() => setDisabled.mutate({ userId: user.id, disabled: !user.disabledAt })}
      >
        {user.disabledAt ? t("enable") : t("disable")}
      </button>
      <button
        type="button"
        className="button secondary small"
        aria-expanded={editing}
        aria-controls={`${id}-pw`}
        aria-label={`${t("resetPassword")}: ${user.email}`}
        onClick={() => setEditing(!editing)}
      >
        {t("resetPassword")}
      </button>
      {editing ? (
        <form
          id={`${id}-pw`}
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setPasswordM.mutate({ userId: user.id, password });
          }}
        >
          <label htmlFor={`${id}-pwi`}>{t("newPassword", { email: user.email })}</label>
          <input
            id={`${id}-pwi`}
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button small">
            {t("resetPassword")}
          </button>
        </form>
      ) : null}
      {setPasswordM.isSuccess ? <span role="status">{t("passwordSet", { email: user.email })}</span> : null}
      <MutationError error={setDisabled.error ?? setPasswordM.error} />
    </div>
  );
}

/** The organisations a key user serves: one can be added, any but the last taken away. */
function Memberships({
  user,
  organisations,
  t,
}: {
  user: User;
  organisations: readonly OrganisationRow[];
  t: T;
}): ReactNode {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [choice, setChoice] = useState("");
  const [unknown, setUnknown] = useState(false);
  const refresh = (): Promise<void> => queryClient.invalidateQueries(trpc.admin.users.queryFilter());
  const add = useMutation(
    trpc.admin.addMembership.mutationOptions({
      onSuccess: async () => {
        setChoice("");
        await refresh();
      },
    }),
  );
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
      <MutationError error={add.error ?? remove.error} />
    </div>
  );
}

function Users({ t }: { t: T }): ReactNode {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { locale } = useLocale();
  const id = useId();
  const users = useQuery(trpc.admin.users.queryOptions());
  const organisations = useQuery(trpc.admin.organisations.queryOptions());
  const [form, setForm] = useState({
    email: "",
    name: "",
    role: "researcher" as "researcher" | "keyuser" | "admin",
    password: "",
    organisation: "",
  });
  const [unknownOrganisation, setUnknownOrganisation] = useState(false);
  const create = useMutation(
    trpc.admin.createUser.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.admin.users.queryFilter()),
    }),
  );
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const organisation =
      form.role === "keyuser" ? findOrganisation(form.organisation, organisations.data ?? []) : undefined;
    if (form.role === "keyuser" && !organisation) {
      setUnknownOrganisation(true);
      return;
    }
    create.mutate({
      email: form.email,
      name: form.name,
      role: form.role,
      password: form.password,
      locale,
      ...(organisation ? { organisationId: organisation.id } : {}),
    });
  };
  return (
    <>
      <h1>{t("usersTitle")}</h1>
      <QueryState query={users} />
      {users.data ? (
        <SortableTable
          caption={t("usersTitle")}
          rows={users.data}
          rowKey={(u) => u.id}
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
                u.role === "keyuser" ? (
                  <Memberships user={u} organisations={organisations.data ?? []} t={t} />
                ) : (
                  "—"
                ),
            },
            {
              key: "status",
              header: t("status"),
              value: (u) => (u.disabledAt ? t("disabled") : t("active")),
            },
            {
              key: "actions",
              header: t("actions"),
              fixed: true,
              value: () => null,
              render: (u) => <UserActions user={u} t={t} />,
            },
          ]}
        />
      ) : null}
      <h2>{t("newUser")}</h2>
      <form className="form card" onSubmit={onSubmit}>
        <label htmlFor={`${id}-email`}>{t("email")}</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <label htmlFor={`${id}-name`}>{t("name")}</label>
        <input
          id={`${id}-name`}
          required
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <label htmlFor={`${id}-role`}>{t("role")}</label>
        <select
          id={`${id}-role`}
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as typeof form.role })}
        >
          {(["researcher", "keyuser", "admin"] as const).map((r) => (
            <option key={r} value={r}>
              {t(r)}
            </option>
          ))}
        </select>
        {form.role === "keyuser" ? (
          <>
            <label htmlFor={`${id}-org`}>{t("organisation")}</label>
            <OrganisationPicker
              id={`${id}-org`}
              organisations={organisations.data ?? []}
              value={form.organisation}
              onChange={(value) => {
                setForm({ ...form, organisation: value });
                setUnknownOrganisation(false);
              }}
              unknown={unknownOrganisation}
              required
            />
          </>
        ) : null}
        <label htmlFor={`${id}-pw`}>{t("password")}</label>
        <input
          id={`${id}-pw`}
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <MutationError error={create.error} />
        <button type="submit" className="button" disabled={create.isPending}>
          {t("createUser")}
        </button>
        {create.isSuccess ? (
          <p role="status" className="success">
            {t("userCreated")}
          </p>
        ) : null}
      </form>
    </>
  );
}

type Request = RouterOutputs["admin"]["accountRequests"][number];

function RequestRow({ request, t }: { request: Request; t: T }): ReactNode {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { locale } = useLocale();
  const id = useId();
  const [password, setPassword] = useState("");
  // A new organisation needs its province and size class to take part in peer benchmarks.
  const [province, setProvince] = useState("");
  const [sizeClass, setSizeClass] = useState("");
  const decide = useMutation(
    trpc.admin.decideAccountRequest.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.admin.accountRequests.queryFilter()),
    }),
  );
  const status = request.status as "pending" | "approved" | "rejected";
  return (
    <li className="card request" data-testid="account-request">
      <h2>
        {request.organisationName} ({request.organisationCode})
      </h2>
      <dl>
        <dt>{t("name")}</dt>
        <dd>{request.name}</dd>
        <dt>{t("email")}</dt>
        <dd>{request.email}</dd>
        <dt>{t("message")}</dt>
        <dd>{request.message ?? "—"}</dd>
        <dt>{t("requested")}</dt>
        <dd>{formatDate(request.createdAt, locale)}</dd>
        <dt>{t("status")}</dt>
        <dd>{t(status)}</dd>
      </dl>
      {status === "pending" ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            decide.mutate({
              requestId: request.id,
              decision: "approve",
              password,
              province: province.trim() || null,
              sizeClass: sizeClass || null,
            });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-province`}>{t("province")}</label>
            <input id={`${id}-province`} value={province} onChange={(e) => setProvince(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-size`}>{t("size")}</label>
            <select id={`${id}-size`} value={sizeClass} onChange={(e) => setSizeClass(e.target.value)}>
              <option value="">—</option>
              {SIZE_CLASSES.map((code) => (
                <option key={code} value={code}>
                  {sizeClassLabel(code, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-pw`}>{t("keyPassword", { email: request.email })}</label>
            <input
              id={`${id}-pw`}
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button
            type="submit"
            className="button"
            aria-label={t("approveFor", { name: request.name })}
            disabled={decide.isPending}
          >
            {t("approve")}
          </button>
          <button
            type="button"
            className="button secondary"
            aria-label={t("rejectFor", { name: request.name })}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ requestId: request.id, decision: "reject" })}
          >
            {t("reject")}
          </button>
        </form>
      ) : null}
      {decide.isSuccess && decide.variables?.decision === "approve" ? (
        <p role="status" className="success">
          {t("approvedNote", { email: request.email })}
        </p>
      ) : null}
      <MutationError error={decide.error} />
    </li>
  );
}

function Requests({ t }: { t: T }): ReactNode {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.accountRequests.queryOptions());
  return (
    <>
      <h1>{t("requestsTitle")}</h1>
      <QueryState query={list} />
      {list.data?.length === 0 ? <p>{t("noRequests")}</p> : null}
      <ul className="request-list">
        {list.data?.map((r) => (
          <RequestRow key={r.id} request={r} t={t} />
        ))}
      </ul>
    </>
  );
}

function RetentionRow({ wave, t }: { wave: { id: number; name: string }; t: T }): ReactNode {
  const trpc = useTRPC();
  const c = useConsoleText();
  const id = useId();
  const [days, setDays] = useState("");
  const save = useMutation(trpc.admin.setCampaignRetention.mutationOptions());
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ campaignId: wave.id, days: Number(days) });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-d`}>{t("days", { name: wave.name })}</label>
        <input
          id={`${id}-d`}
          type="number"
          min={0}
          max={3650}
          required
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
      </div>
      <button type="submit" className="button secondary">
        {c("save")}
      </button>
      {save.isSuccess ? <span role="status">{c("done")}</span> : null}
      <MutationError error={save.error} />
    </form>
  );
}

function Retention({ t }: { t: T }): ReactNode {
  const trpc = useTRPC();
  const waves = useWaves();
  const purge = useMutation(trpc.admin.purgeExpired.mutationOptions());
  const purged = purge.data?.purged;
  return (
    <>
      <h1>{t("retentionTitle")}</h1>
      <p>{t("retentionIntro")}</p>
      <QueryState query={waves} />
      <div className="card">
        {waves.data?.map((w) => (
          <RetentionRow key={w.id} wave={w} t={t} />
        ))}
      </div>
      <p>
        <button type="button" className="button" onClick={() => purge.mutate()} disabled={purge.isPending}>
          {t("purge")}
        </button>
      </p>
      {purge.isSuccess ? (
        <p role="status">
          {t("purged", { n: typeof purged === "number" ? purged : JSON.stringify(purged) })}
        </p>
      ) : null}
      <MutationError error={purge.error} />
    </>
  );
}

export function AdminPage({ section }: { section: AdminSection }): ReactNode {
  const t = useMessages(text);
  switch (section) {
    case "organisations":
      return <Organisations t={t} />;
    case "users":
      return <Users t={t} />;
    case "requests":
      return <Requests t={t} />;
    case "retention":
      return <Retention t={t} />;
    case "audit":
      return <AuditPage />;
  }
}
