// Benchmark: a respondent's first visit on a slow phone — Chromium with DevTools' "Slow 3G"
// (2,000 ms latency, 50,000 bytes/s each way) and 4× CPU throttling, cache disabled — from
// navigation to a personal link until a click on Start shows question 1, against a static HTML page
// with the same content (the questionnaire embedded, gzip) doing the same, served by node:http in
// this process. Medians of 3 runs each, alternating; prints both and the ratio (target ≤ 2.5×).
// Needs the built web app and server (turbo build). Run: pnpm --filter @maturo/e2e bench
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import type { CDPSession, Page } from "playwright-core";
import { chromiumPath, startHarness } from "../src/harness.js";
import { demoLink } from "../src/respondent-helpers.js";

const RUNS = 3;
/** DevTools' "Slow 3G" preset, as the CDP call takes it. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;

interface Section {
  title: string;
  items: { id: string; text: string; labels: string[] }[];
}

/** The same intro and first page as static HTML: the questionnaire inline, question 1 shown on Start. */
function staticPage(campaign: string, sections: Section[]): string {
  const escapeHtml = (text: string): string =>
    text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
  const script = `const sections = ${JSON.stringify(sections).replace(/</g, "\\u003c")};
document.getElementById("start").addEventListener("click", () => {
  const section = sections[0];
  const main = document.querySelector("main");
  main.innerHTML = "<h1>" + section.title + "</h1>" + section.items.map((item) =>
    '<fieldset role="radiogroup" class="q"><legend>' + item.text + "</legend>" +
    item.labels.map((label, i) => '<label><input type="radio" name="' + item.id + '" value="' + (i + 1) + '"> ' + label + "</label>").join("") +
    "</fieldset>").join("");
});`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(campaign)}</title>
<style>body{font-family:sans-serif;margin:1rem}fieldset{margin:0 0 1rem}label{display:block;padding:.5rem}</style></head>
<body><main><h1>${escapeHtml(campaign)}</h1><p>Welkom bij de vragenlijst.</p><button type="button" id="start">Start</button></main><script>${script}</script></body></html>`;
}

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return cdp;
}

/** Milliseconds from navigation until a click on Start has put question 1 on the screen. */
async function timeToFirstQuestion(
  newPage: () => Promise<Page>,
  url: string,
  start: string,
  question: string,
): Promise<{ ms: number; bytes: number }> {
  const page = await newPage();
  const cdp = await throttle(page);
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  const begin = performance.now();
  await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
  await page.locator(start).click({ timeout: 120_000 });
  await page.locator(question).first().waitFor({ timeout: 120_000 });
  const ms = performance.now() - begin;
  await cdp.detach();
  await page.close();
  return { ms, bytes };
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1] as number;

if (chromiumPath === null) {
  console.log("skipped: no Chromium (apt-get install -y chromium)");
  process.exit(0);
}
const harness = await startHarness(chromiumPath, { demo: true });
try {
  const link = demoLink(harness, 0);
  const token = link.slice(link.lastIndexOf("/") + 1);
  const input = encodeURIComponent(JSON.stringify({ token, locale: "nl" }));
  const opened = (await (await fetch(`${harness.server.url}/trpc/survey.open?input=${input}`)).json()) as {
    result: { data: { campaign: { name: string }; sections: Section[] } };
  };
  const html = gzipSync(staticPage(opened.result.data.campaign.name, opened.result.data.sections));
  const reference = createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-encoding": "gzip",
      "content-length": html.length,
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => reference.listen(0, "127.0.0.1", resolve));
  const referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}/`;
  const ours: { ms: number; bytes: number }[] = [];
  const theirs: { ms: number; bytes: number }[] = [];
  const newPage = (): Promise<Page> => harness.newPage();
  for (let run = 0; run < RUNS; run++) {
    ours.push(
      await timeToFirstQuestion(
        newPage,
        `${harness.server.url}${link}`,
        '[data-testid="start"]',
        '[role="radiogroup"]',
      ),
    );
    theirs.push(await timeToFirstQuestion(newPage, referenceUrl, "#start", '[role="radiogroup"]'));
  }
  await new Promise((resolve) => reference.close(resolve));
  const ourMs = median(ours.map((r) => r.ms));
  const theirMs = median(theirs.map((r) => r.ms));
  const kb = (n: number): string => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    `respondent page, Slow 3G + ${CPU_SLOWDOWN}× CPU, navigation → Start → question 1 (median of ${RUNS})`,
  );
  console.log(
    `  Maturo /s/:token: ${(ourMs / 1000).toFixed(2)} s, ${kb(ours[0]?.bytes ?? 0)} transferred (runs: ${ours.map((r) => (r.ms / 1000).toFixed(2)).join(", ")} s)`,
  );
  console.log(
    `  static HTML page: ${(theirMs / 1000).toFixed(2)} s, ${kb(theirs[0]?.bytes ?? 0)} transferred (runs: ${theirs.map((r) => (r.ms / 1000).toFixed(2)).join(", ")} s)`,
  );
  console.log(`  ratio: ${(ourMs / theirMs).toFixed(2)}× (target ≤ 2.5×)`);
  console.log(
    JSON.stringify({
      oursMs: ourMs,
      staticMs: theirMs,
      ratio: ourMs / theirMs,
      oursBytes: ours[0]?.bytes,
      staticBytes: theirs[0]?.bytes,
    }),
  );
} finally {
  await harness.close();
}
