import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { homePathFor } from "./auth/home-path.js";
import { LoginPage } from "./auth/login-page.js";
import { consoleMessages } from "./console/messages.js";
import { ADMIN_SECTIONS, WAVE_SECTIONS } from "./console/sections.js";
import { useLocale, useMessages } from "./i18n/locale.js";
import { matchPath, navigate } from "./lib/router.js";
import { setCsrfToken, useTRPC } from "./lib/trpc.js";
import { Page } from "./shell/page.js";
import { usePageTitle } from "./shell/use-page-title.js";

const PortalApp = lazy(() => import("./portal/portal-app.js").then((m) => ({ default: m.PortalApp })));
const ConsoleApp = lazy(() => import("./console/console-app.js").then((m) => ({ default: m.ConsoleApp })));
const RequestAccountPage = lazy(() =>
  import("./auth/request-account-page.js").then((m) => ({ default: m.RequestAccountPage })),
);
const ForgotPasswordPage = lazy(() =>
  import("./auth/forgot-password-page.js").then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import("./auth/reset-password-page.js").then((m) => ({ default: m.ResetPasswordPage })),
);

/** Pages anyone may open, logged in or not; each sets its own title. */
const PUBLIC_PAGES: Record<string, () => ReactNode> = {
  "/request-account": () => <RequestAccountPage />,
  "/forgot-password": () => <ForgotPasswordPage />,
  "/reset-password": () => <ResetPasswordPage />,
};

// Console pages named in the title; the console's navigation uses the same texts.
const CONSOLE_PAGES = [
  "instruments",
  "campaigns",
  ...WAVE_SECTIONS,
  ...ADMIN_SECTIONS,
] as const satisfies readonly (keyof typeof consoleMessages.en)[];

/** The browser title of a portal or console page, from its route (the pages belong to their areas). */
function useAreaTitle(path: string): string | null {
  const { t } = useLocale();
  const c = useMessages(consoleMessages);
  if (path.startsWith("/portal")) {
    const area = t("titlePortal");
    if (matchPath("/portal/organisations/:o/campaigns/:id/results", path))
      return `${t("titleResults")} — ${area}`;
    if (matchPath("/portal/organisations/:o/campaigns/:id", path))
      return `${t("titleParticipation")} — ${area}`;
    return area;
  }
  if (path.startsWith("/console")) {
    const last = path.split("/").filter(Boolean).at(-1);
    const page = CONSOLE_PAGES.find((p) => p === last);
    return page ? `${c(page)} — ${c("consoleNav")}` : c("consoleNav");
  }
  return null;
}

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
  const areaTitle = useAreaTitle(path);
  usePageTitle(user ? areaTitle : null);
  useEffect(() => {
    setCsrfToken(user?.csrfToken ?? null);
  }, [user]);
  const home = user ? homePathFor(user.role) : null;
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

  const publicPage = PUBLIC_PAGES[path];
  let content: ReactNode;
  if (publicPage) content = publicPage();
  else if (me.isPending) content = <p role="status">{t("loading")}</p>;
  else if (me.isError) content = <p role="alert">{t("errorGeneric")}</p>;
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
