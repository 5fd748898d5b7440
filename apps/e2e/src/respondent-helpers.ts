import type { Locator, Page } from "playwright-core";
import type { Harness } from "./harness.js";

/** The i-th personal link of the demo's open campaign. */
export function demoLink(harness: Harness, index: number): string {
  const link = harness.demo?.links[index];
  if (!link)
    throw new Error(`the demo has no respondent link #${index}; it has ${harness.demo?.links.length ?? 0}`);
  return link;
}

function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf("/") + 1);
}

export interface OpenedSurvey {
  state: string;
  answers: Record<string, number | "dk">;
}

/**
 * What the server holds for a link, asked over plain HTTP from the test process (not through the
 * browser, whose storage or offline state must not influence the answer) with the browser's device
 * cookie: answers are shown only to the device that gave them.
 */
export async function serverSurvey(harness: Harness, link: string): Promise<OpenedSurvey> {
  const input = encodeURIComponent(JSON.stringify({ token: tokenOf(link) }));
  const url = `${harness.server.url}/trpc/survey.open?input=${input}`;
  const cookie = (await harness.context.cookies(url)).map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const body = (await response.json()) as { result?: { data?: OpenedSurvey } };
  const data = body.result?.data;
  if (!data) throw new Error(`survey.open failed: ${response.status} ${JSON.stringify(body)}`);
  return data;
}

/**
 * What the server holds once the page says every answer is saved: the save indicator turns to
 * "saved" only after the server acknowledged the last save, so no polling and no clock is involved.
 * Call it after an answer was given (which turns the indicator to "saving" at once).
 */
export async function savedOnServer(page: Page, harness: Harness, link: string): Promise<OpenedSurvey> {
  await waitSaved(page);
  return serverSurvey(harness, link);
}

/** The answers a page keeps queued in the browser (localStorage) until the server has them. */
export async function queuedAnswers(page: Page): Promise<number> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("maturo.respondent."))
      .reduce((n, key) => n + (JSON.parse(localStorage.getItem(key) ?? "[]") as unknown[]).length, 0),
  );
}

/**
 * Takes the browser offline before anything is answered: every /trpc request of the page is
 * blocked at the network layer first (so no save can reach the server, however late the offline
 * emulation takes effect on a busy machine), then the context goes offline, and we wait until the
 * page itself knows (navigator.onLine is false), which is what the autosave reads.
 */
export async function goOffline(harness: Harness, page: Page): Promise<void> {
  await page.route("**/trpc/**", (route) => route.abort("internetdisconnected"));
  await harness.context.setOffline(true);
  await page.waitForFunction(() => navigator.onLine === false);
}

/** Undoes goOffline; with a page, waits until it knows it is online again. */
export async function goOnline(harness: Harness, page?: Page): Promise<void> {
  await page?.unroute("**/trpc/**");
  await harness.context.setOffline(false);
  await page?.waitForFunction(() => navigator.onLine === true);
}

export function saveStatus(page: Page): Locator {
  return page.getByTestId("save-status");
}

/** Waits until the page says every answer is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
}

/** Opens a link and waits for its intro page. */
export async function openIntro(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId("start").waitFor();
}

/** The radio groups (one per statement) on the current page. */
export function questions(page: Page): Locator {
  return page.getByRole("radiogroup");
}

/** The item id behind a question group (its element id is `q-<itemId>`). */
export async function itemIdOf(group: Locator): Promise<string> {
  const id = await group.getAttribute("id");
  if (!id?.startsWith("q-")) throw new Error(`not a question group: ${id}`);
  return id.slice(2);
}

/** Chooses point `point` (1-based; the last radio is "don't know") in a question group by clicking. */
export async function choose(group: Locator, point: number): Promise<void> {
  await group
    .getByRole("radio")
    .nth(point - 1)
    .check();
}

/** Which point is chosen in a group (1-based), or null. */
export async function chosen(group: Locator): Promise<number | null> {
  const radios = group.getByRole("radio");
  const count = await radios.count();
  for (let i = 0; i < count; i++) if (await radios.nth(i).isChecked()) return i + 1;
  return null;
}

/** Waits for the page of a step (`intro`, `section-0`, `review`) to be rendered. */
export async function waitForStep(page: Page, step: string): Promise<void> {
  await page.locator(`.rs[data-step="${step}"]`).waitFor();
}
