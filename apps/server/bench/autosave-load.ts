// The load generator of the autosave bench, run in its own process so it never takes the server's
// turns: autocannon with 16 connections posting the given bodies in turn.
// Usage: node --import tsx bench/autosave-load.ts <url> <bodies.json> <seconds> [cookie]
// Prints one JSON line: {"requestsPerSecond","p50","p99","errors"}.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [url, bodiesFile, seconds, cookie] = process.argv.slice(2);
if (!url || !bodiesFile || !seconds) {
  console.error("usage: autosave-load.ts <url> <bodies.json> <seconds> [cookie]");
  process.exit(2);
}
const bodies = JSON.parse(readFileSync(bodiesFile, "utf8")) as string[];
let next = 0;
const result = await autocannon({
  url,
  connections: 16,
  duration: Number(seconds),
  method: "POST",
  headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
  requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] as string }) }],
});
console.log(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  }),
);
