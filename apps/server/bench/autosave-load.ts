// The load generator of the autosave bench, run in its own process so it never takes the server's
// turns: autocannon with 16 connections posting the given saves in turn. Each request is stamped
// with the time it is sent, as a respondent's autosave is: every save is then a change to store.
// Replayed as they were (one fixed time per body), the second pass over the bodies changed nothing,
// and SQLite does not write a row rewritten with the same bytes: the bare server's "commit per
// request" then committed nothing to make durable (409 fsyncs for about 10,400 requests).
// Usage: node --import tsx bench/autosave-load.ts <url> <saves.json> <seconds> [cookie]
// Prints one JSON line: {"requestsPerSecond","p50","p99","errors"}.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [url, savesFile, seconds, cookie] = process.argv.slice(2);
if (!url || !savesFile || !seconds) {
  console.error("usage: autosave-load.ts <url> <saves.json> <seconds> [cookie]");
  process.exit(2);
}
/** A save without its time: the token, then each answer's item and value. */
interface Save {
  token: string;
  answers: { itemId: string; value: number }[];
}
const saves = JSON.parse(readFileSync(savesFile, "utf8")) as Save[];
let next = 0;
/** The next save as sent now: each answer carries the time of sending (ms; the servers' resolution). */
const body = (): string => {
  const save = saves[next++ % saves.length] as Save;
  const at = new Date().toISOString();
  return JSON.stringify({ token: save.token, answers: save.answers.map((answer) => ({ ...answer, at })) });
};
const result = await autocannon({
  url,
  connections: 16,
  duration: Number(seconds),
  method: "POST",
  headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
  requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
});
console.log(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  }),
);
