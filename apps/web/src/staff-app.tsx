import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { Page } from "./app.js";
import { LoginPage } from "./auth/login-page.js";
import { useLocale } from "./i18n/locale.js";
import { navigate } from "./lib/router.js";
import { setCsrfToken, useTRPC } from "./lib/trpc.js";

const PortalApp = lazy(() => import("./portal/portal-app.js").then((m) => ({ default: m.PortalApp })));
const ConsoleApp = lazy(() => import("./console/console-app.js").then((m) => ({ default: m.ConsoleApp })));
const RequestAccountPage = lazy(() =>
  import("./auth/request-account-page.js").then((m) => ({ default: m.RequestAccountPage })),
);

function LogoutButton(): ReactNode {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        setCsrfToken(null);
        await queryClient.resetQueries();
        navigate("/login");
      },
    }),
  );
  return (
    <button type="button" className="button secondary" onClick={() => logout.mutate()}>
      {t("logout")}
    </button>
  );
}

/** Login, the municipality portal (key users) and the research and admin console. */
export function StaffApp({ path }: { path: string }): ReactNode {
  const trpc = useTRPC();
  const { t } = useLocale();
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = me.data ?? null;
  useEffect(() => {
    setCsrfToken(user?.csrfToken ?? null);
  }, [user]);
  const home = user ? (user.role === "keyuser" ? "/portal" : "/console") : null;
  useEffect(() => {
    if (!me.isSuccess) return;
    if (
      user &&
      (path === "/login" ||
        (user.role === "keyuser" && path.startsWith("/console")) ||
        (user.role !== "keyuser" && path.startsWith("/portal")))
    ) {
      navigate(home as string, { replace: true });
    }
    if (!user && (path.startsWith("/portal") || path.startsWith("/console")))
      navigate("/login", { replace: true });
  }, [me.isSuccess, user, path, home]);

  let content: ReactNode;
  if (me.isPending) content = <p role="status">{t("loading")}</p>;
  else if (me.isError) content = <p role="alert">{t("errorGeneric")}</p>;
  else if (path === "/request-account") content = <RequestAccountPage />;
  else if (!user) content = <LoginPage />;
  else if (user.role === "keyuser" && path.startsWith("/portal"))
    content = <PortalApp me={user} path={path} />;
  else if (user.role !== "keyuser" && path.startsWith("/console"))
    content = <ConsoleApp me={user} path={path} />;
  else content = <p role="status">{t("loading")}</p>;

  return (
    <Page actions={user ? <LogoutButton /> : null}>
      <Suspense fallback={<p role="status">{t("loading")}</p>}>{content}</Suspense>
    </Page>
  );
}
