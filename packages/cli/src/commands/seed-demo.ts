import { loadDemo } from "@maturo/api";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { databaseOptions, openServices } from "./database-options.js";

export const seedDemo = defineCommand({
  name: "seed demo",
  summary: "load the synthetic demo (300 invented local governments, two waves) into an empty database",
  usage: `maturo seed demo [--data-dir DIR] [--database-url URL] [--links N] [--format text|json]

Loads the synthetic demo population into an empty database and prints the demo logins and a few
personal respondent links of the open wave. Refused when the database already holds data, and with
NODE_ENV=production. Everything it creates is labelled synthetic.`,
  options: { ...databaseOptions, links: { type: "string" }, format: { type: "string" } },
  async run({ values, io }) {
    const format = parseFormat(values.format, ["text", "json"]);
    const linkCount = values.links === undefined ? 5 : Number(values.links);
    if (!Number.isInteger(linkCount) || linkCount < 0 || linkCount > 100)
      throw new CliError("usage", "--links: a whole number 0..100");
    const { services, database } = await openServices(values, io);
    try {
      const result = await loadDemo(services, { linkCount });
      if (!result.loaded) throw new CliError("not-empty", `the demo was not loaded: ${result.reason}`);
      const base = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
      const links = result.links.map((link) => (link.startsWith("/") ? `${base}${link}` : link));
      if (format === "json") {
        printJson(io, {
          organisations: result.organisations,
          submitted: result.submitted,
          logins: result.logins,
          links,
        });
        return 0;
      }
      io.stdout(
        `Synthetic demo loaded into ${database.location}: ${result.organisations} organisations, ${result.submitted} submitted responses in the open wave.\n\nLogins:\n`,
      );
      for (const login of result.logins)
        io.stdout(`  ${login.role.padEnd(10)} ${login.email}  ${login.password}\n`);
      io.stdout("\nRespondent links of the open wave:\n");
      for (const link of links) io.stdout(`  ${link}\n`);
      return 0;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError("demo", error instanceof Error ? error.message : String(error));
    } finally {
      await database.close();
    }
  },
});
