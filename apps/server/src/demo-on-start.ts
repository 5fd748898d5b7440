import { loadDemo, type Services } from "@maturo/api";
import type { ServerConfig } from "./config.js";
import type { Logger } from "./logger.js";

/**
 * `pnpm start` on an empty data folder loads the synthetic demo so every screen shows something.
 * Off with MATURO_DEMO=off; never in a production configuration.
 */
export async function loadDemoOnStart(
  services: Services,
  config: ServerConfig,
  logger: Logger,
): Promise<void> {
  if (config.demo === "off" || config.production) return;
  const started = Date.now();
  const result = await loadDemo(services);
  if (!result.loaded) return;
  logger.info("synthetic demo loaded", {
    seconds: (Date.now() - started) / 1000,
    organisations: result.organisations,
    submittedInOpenWave: result.submitted,
    logins: result.logins,
    respondentLinks: result.links.map((link) =>
      link.startsWith("/") ? `http://localhost:${config.port}${link}` : link,
    ),
  });
}
