import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { Link } from "../lib/router.js";
import { setCsrfToken, useTRPC } from "../lib/trpc.js";
import { authMessages } from "./messages.js";

export function LoginPage(): ReactNode {
  const t = useMessages(authMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (data) => {
        setCsrfToken(data.csrfToken);
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      },
    }),
  );
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    login.mutate({ email, password });
  };
  const error =
    login.error instanceof TRPCClientError && login.error.data?.code === "TOO_MANY_REQUESTS"
      ? t("tooMany")
      : login.error
        ? t("wrong")
        : null;
  return (
    <>
      <h1>{t("loginTitle")}</h1>
      <p>{t("loginIntro")}</p>
      <form
        className="form card"
        onSubmit={onSubmit}
        noValidate
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {error ? (
          <p id={`${id}-error`} role="alert" className="error">
            {error}
          </p>
        ) : null}
        <label htmlFor={`${id}-email`}>{t("email")}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor={`${id}-password`}>{t("password")}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t("busy") : t("submit")}
        </button>
      </form>
      <p>
        <Link to="/request-account">{t("requestAccount")}</Link>
      </p>
    </>
  );
}
