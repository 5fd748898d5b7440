// The strong reference for autosave: a bare node:http + better-sqlite3 server with the durability
// of ours (WAL, synchronous=FULL) that takes the same JSON, upserts each answer (last write wins by
// the client's time) and acknowledges once it is committed. `per-request` commits once per request;
// `group` commits every request that arrived in one event-loop turn together.
// Usage: node --import tsx bench/bare-server.ts <per-request|group> <folder>; prints {"port":…}.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";

const mode = process.argv[2];
const folder = process.argv[3];
if ((mode !== "per-request" && mode !== "group") || !folder) {
  console.error("usage: bare-server.ts <per-request|group> <folder>");
  process.exit(2);
}

const sqlite = new SqliteDatabase(join(folder, "bare.sqlite"));
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = FULL");
sqlite.exec(
  "create table if not exists answers (token text, item_id text, point integer, client_at text, primary key (token, item_id))",
);
const upsert = sqlite.prepare(
  "insert into answers values (?, ?, ?, ?) on conflict (token, item_id) do update set point = excluded.point, client_at = excluded.client_at where answers.client_at <= excluded.client_at",
);

interface Save {
  token: string;
  answers: { itemId: string; value: number; at: string }[];
}

function store(save: Save): void {
  for (const a of save.answers) upsert.run(save.token, a.itemId, a.value, a.at);
}

let queue: { save: Save; done: () => void }[] = [];
const storeAll = sqlite.transaction((saves: Save[]) => {
  for (const save of saves) store(save);
});
function flush(): void {
  const batch = queue;
  queue = [];
  storeAll(batch.map((p) => p.save));
  for (const p of batch) p.done();
}

const server = createServer((req, res) => {
  let raw = "";
  req.setEncoding("utf8");
  req.on("data", (chunk: string) => {
    raw += chunk;
  });
  req.on("end", () => {
    const save = JSON.parse(raw) as Save;
    const done = () => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    if (mode === "per-request") {
      store(save);
      done();
      return;
    }
    if (queue.length === 0) setImmediate(flush);
    queue.push({ save, done });
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  sqlite.close();
  process.exit(0);
});
