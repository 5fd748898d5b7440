import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type AnswerValue, isRole, type Role } from "@maturo/model";
import { type LoadOptions, loadPlugin } from "../load-plugin.js";
import { formatProblem } from "../problem.js";
import { escapeHtml, renderPreview } from "./preview-page.js";

export interface RunningPreview {
  readonly url: string;
  close(): Promise<void>;
}

function answersOf(params: URLSearchParams): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of params) {
    if (!key.startsWith("a.")) continue;
    answers[key.slice(2)] = value === "dk" ? "dk" : Number(value);
  }
  return answers;
}

/**
 * Serve a plugin's questionnaire on localhost for its author: every request loads the plugin again,
 * so an edit to instrument.json shows on reload, and a plugin that does not validate shows its
 * problems instead. No database, no API: the page is rendered from the plugin alone.
 */
export async function startPreview(
  specifier: string,
  options: LoadOptions & { readonly port?: number; readonly host?: string } = {},
): Promise<RunningPreview> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    loadPlugin(specifier, options)
      .then((result) => {
        response.setHeader("content-type", "text/html; charset=utf-8");
        if (!result.ok) {
          response.statusCode = 422;
          const problems = result.problems.map((problem) => escapeHtml(formatProblem(problem)));
          response.end(
            `<!doctype html><title>Problems</title><h1>The plugin does not validate</h1><pre>${problems.join("\n")}</pre>`,
          );
          return;
        }
        const { instrument } = result.plugin;
        const locale = url.searchParams.get("locale") ?? "";
        const role = url.searchParams.get("role") ?? "";
        response.end(
          renderPreview(instrument, {
            locale: instrument.locales.includes(locale) ? locale : (instrument.locales[0] ?? "nl"),
            role: isRole(role) ? role : ("staff" satisfies Role),
            answers: answersOf(url.searchParams),
          }),
        );
      })
      .catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
