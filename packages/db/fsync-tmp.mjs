import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
for (const mode of ["autocommit", "transaction", "autocommit", "transaction"]) {
  const d = mkdtempSync("/tmp/fs-");
  const db = new Database(`${d}/x.sqlite`);
  db.pragma("journal_mode = WAL"); db.pragma("synchronous = FULL");
  db.exec("create table t (id integer primary key, v text)");
  const ins = db.prepare("insert into t (v) values (?)");
  const tx = db.transaction((v) => ins.run(v));
  const n = 5000; const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) mode === "autocommit" ? ins.run("hello " + i) : tx("hello " + i);
  console.log(mode, (Number(process.hrtime.bigint() - t0) / 1000 / n).toFixed(1), "µs per commit");
  db.close();
}
