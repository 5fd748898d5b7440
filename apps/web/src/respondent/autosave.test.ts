import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AnswerResult, Autosave, type QueuedAnswer, type SaveReply, storageKeyFor } from "./autosave.js";

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const KEY = storageKeyFor("a-personal-link-token-0123456789");
let storage: MemoryStorage;
let online: boolean;
const events = new EventTarget();

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  online = true;
  vi.stubGlobal("localStorage", storage);
  vi.stubGlobal("navigator", {
    get onLine() {
      return online;
    },
  });
  vi.stubGlobal("addEventListener", events.addEventListener.bind(events));
  vi.stubGlobal("removeEventListener", events.removeEventListener.bind(events));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The server's reply when it applied every answer. */
function allApplied(answers: QueuedAnswer[]): SaveReply {
  return {
    results: answers.map((a) => ({ itemId: a.itemId, status: "applied", reason: null })),
    resumeCode: null,
  };
}

function autosave(send: (answers: QueuedAnswer[]) => Promise<void>, fatal = false): Autosave {
  return new Autosave({
    storageKey: KEY,
    send: async (answers) => {
      await send(answers);
      return allApplied(answers);
    },
    classify: () => (fatal ? "fatal" : "retry"),
    onFatal: () => {},
  });
}

describe("Autosave", () => {
  it("does not write the token itself to storage", () => {
    expect(KEY).not.toContain("a-personal-link-token");
    expect(storageKeyFor("another-token-000000")).not.toBe(KEY);
  });

  it("debounces quick changes into one save with the latest value per item", async () => {
    const sent: QueuedAnswer[][] = [];
    const save = autosave(async (answers) => {
      sent.push(answers);
    });
    save.start();
    save.set("a", 1);
    save.set("a", 2);
    save.set("b", "dk");
    expect(save.getStatus()).toBe("saving");
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.map((a) => [a.itemId, a.value])).toEqual([
      ["a", 2],
      ["b", "dk"],
    ]);
    expect(save.getStatus()).toBe("saved");
    expect(storage.getItem(KEY)).toBeNull();
  });

  it("gives every change a strictly later time, so the server keeps the last one", () => {
    const save = autosave(async () => {});
    save.set("a", 1);
    const first = save.pending()[0]?.at as string;
    save.set("a", 2);
    expect((save.pending()[0]?.at ?? "") > first).toBe(true);
  });

  it("retries with doubling delays until the server answers", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5); // no jitter: delays of exactly 1, 2, 4 s
    let calls = 0;
    const save = autosave(async () => {
      calls += 1;
      if (calls < 4) throw new Error("502");
    });
    save.start();
    save.set("a", 3);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(1);
    expect(save.getStatus()).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1100);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1800);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toBe(3);
    await vi.advanceTimersByTimeAsync(3700);
    expect(calls).toBe(3);
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toBe(4);
    expect(save.getStatus()).toBe("saved");
  });

  it("keeps answers given offline in storage and sends them when the browser is online again", async () => {
    const sent: QueuedAnswer[][] = [];
    online = false;
    const save = autosave(async (answers) => {
      sent.push(answers);
    });
    save.start();
    save.set("a", 5);
    expect(save.getStatus()).toBe("offline");
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(0);
    expect(JSON.parse(storage.getItem(KEY) ?? "[]")).toHaveLength(1);

    online = true;
    events.dispatchEvent(new Event("online"));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(save.getStatus()).toBe("saved");
    expect(storage.getItem(KEY)).toBeNull();
    save.stop();
  });

  it("sends a queue left by an earlier visit as soon as it starts", async () => {
    storage.setItem(
      KEY,
      JSON.stringify([{ itemId: "a", value: 2, at: "2026-01-01T10:00:00.000Z" }, { bad: 1 }]),
    );
    const sent: QueuedAnswer[][] = [];
    const save = autosave(async (answers) => {
      sent.push(answers);
    });
    expect(save.pending()).toEqual([{ itemId: "a", value: 2, at: "2026-01-01T10:00:00.000Z" }]);
    save.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([[{ itemId: "a", value: 2, at: "2026-01-01T10:00:00.000Z" }]]);
  });

  it("keeps an answer changed while its save was in flight, and sends it next", async () => {
    const sent: QueuedAnswer[][] = [];
    let release: () => void = () => {};
    const save = autosave(
      (answers) =>
        new Promise<void>((resolve) => {
          sent.push(answers);
          release = resolve;
        }),
    );
    save.start();
    save.set("a", 1);
    await vi.advanceTimersByTimeAsync(500);
    save.set("a", 6);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.pending().map((a) => a.value)).toEqual([6]);
    await vi.advanceTimersByTimeAsync(500);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((batch) => batch[0]?.value)).toEqual([1, 6]);
    expect(save.getStatus()).toBe("saved");
  });

  it("flushNow resolves once everything is stored and rejects while offline", async () => {
    const save = autosave(async () => {});
    save.start();
    save.set("a", 1);
    await expect(save.flushNow()).resolves.toBeUndefined();
    online = false;
    save.set("b", 1);
    await expect(save.flushNow()).rejects.toThrow("offline");
  });

  it("stops and drops the queue on an error retrying cannot fix", async () => {
    const save = autosave(async () => {
      throw new Error("closed");
    }, true);
    save.start();
    save.set("a", 1);
    await vi.advanceTimersByTimeAsync(500);
    expect(save.getStatus()).toBe("failed");
    expect(save.pending()).toEqual([]);
  });

  it("reports answers the server did not apply, and the resume code, and does not send them again", async () => {
    const replies: { conflicts: AnswerResult[]; resumeCode: string | null }[] = [];
    const sent: QueuedAnswer[][] = [];
    const save = new Autosave({
      storageKey: KEY,
      send: async (answers) => {
        sent.push(answers);
        const reply = allApplied(answers);
        return {
          resumeCode: sent.length === 1 ? "ACDE-FGHJ" : null,
          results: reply.results.map((r) => (r.itemId === "b" ? { ...r, status: "stale" } : r)),
        };
      },
      classify: () => "retry",
      onFatal: () => {},
      onReply: (reply) => replies.push(reply),
    });
    save.start();
    save.set("a", 1);
    save.set("b", 2);
    await vi.advanceTimersByTimeAsync(500);
    expect(replies).toEqual([
      { conflicts: [{ itemId: "b", status: "stale", reason: null }], resumeCode: "ACDE-FGHJ" },
    ]);
    expect(save.pending()).toEqual([]);
    expect(save.getStatus()).toBe("saved");
    save.set("a", 3);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect(replies).toHaveLength(1);
  });
});
