import type { AnswerValue } from "./types.js";

/** What the save indicator shows. */
export type SaveStatus = "idle" | "saving" | "saved" | "offline" | "retrying" | "failed";

export interface QueuedAnswer {
  itemId: string;
  /** null clears the answer. */
  value: AnswerValue | null;
  /** When the respondent answered (ISO); the server keeps the newest by this time. */
  at: string;
}

/** What the server did with one sent answer: only `applied` ones are what it stores now. */
export interface AnswerResult {
  itemId: string;
  status: "applied" | "stale" | "not-asked";
  reason: string | null;
}

/** The server's reply to a save. */
export interface SaveReply {
  results: readonly AnswerResult[];
  /** Set once, on the save that first bound this device: the code to resume elsewhere. */
  resumeCode: string | null;
}

export interface AutosaveOptions {
  /** localStorage key of this link's queue. */
  storageKey: string;
  send(answers: QueuedAnswer[]): Promise<SaveReply>;
  /**
   * Called after each acknowledged save with the answers the server did not apply (the stored value
   * wins; the page shows it) and a resume code when one was issued.
   */
  onReply?(reply: { conflicts: AnswerResult[]; resumeCode: string | null }): void;
  /** "fatal" stops retrying (the link was closed, submitted or withdrawn meanwhile). */
  classify(error: unknown): "retry" | "fatal";
  onFatal(error: unknown): void;
  debounceMs?: number;
  maxBackoffMs?: number;
}

const BATCH = 200;

/** A stable, short key for a token: the raw token (a credential) is not written to storage. */
export function storageKeyFor(token: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `maturo.respondent.${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

function readQueue(key: string): Map<string, QueuedAnswer> {
  const queue = new Map<string, QueuedAnswer>();
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? "[]");
    if (!Array.isArray(parsed)) return queue;
    for (const entry of parsed as unknown[]) {
      if (typeof entry !== "object" || entry === null) continue;
      const { itemId, value, at } = entry as Record<string, unknown>;
      const validValue = value === null || value === "dk" || (typeof value === "number" && value >= 1);
      if (typeof itemId === "string" && typeof at === "string" && validValue)
        queue.set(itemId, { itemId, value: value as AnswerValue | null, at });
    }
  } catch {
    // A damaged queue is dropped: the server still has everything it acknowledged.
  }
  return queue;
}

/**
 * Sends answers as the respondent gives them: debounced, retried with exponential backoff, and
 * persisted in localStorage until the server has acknowledged them, so answers given offline survive
 * a closed tab and are sent when the connection returns (`online`) or the link is opened again.
 */
export class Autosave {
  readonly #options: Required<Omit<AutosaveOptions, "debounceMs" | "maxBackoffMs" | "onReply">> & {
    onReply?: AutosaveOptions["onReply"];
    debounceMs: number;
    maxBackoffMs: number;
  };
  readonly #pending: Map<string, QueuedAnswer>;
  readonly #listeners = new Set<() => void>();
  #status: SaveStatus = "idle";
  #inFlight = false;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastAt = 0;
  #started = false;
  #stopped = false;
  #waiters: { resolve(): void; reject(error: unknown): void }[] = [];

  constructor(options: AutosaveOptions) {
    this.#options = { debounceMs: 500, maxBackoffMs: 30_000, ...options };
    this.#pending = readQueue(options.storageKey);
  }

  /** Answers not yet acknowledged by the server (from this visit or an earlier one). */
  pending(): readonly QueuedAnswer[] {
    return [...this.#pending.values()];
  }

  status(): SaveStatus {
    return this.#status;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getStatus = (): SaveStatus => this.#status;

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#stopped = false;
    globalThis.addEventListener?.("online", this.#onOnline);
    globalThis.addEventListener?.("offline", this.#onOffline);
    if (this.#pending.size > 0) this.#flush();
  }

  stop(): void {
    this.#started = false;
    this.#stopped = true;
    globalThis.removeEventListener?.("online", this.#onOnline);
    globalThis.removeEventListener?.("offline", this.#onOffline);
    this.#clearTimer();
  }

  /** Records an answer (null clears it) and schedules a save. */
  set(itemId: string, value: AnswerValue | null): void {
    // Strictly increasing times, so two quick changes to one item can never tie on the server.
    const now = Math.max(Date.now(), this.#lastAt + 1);
    this.#lastAt = now;
    this.#pending.set(itemId, { itemId, value, at: new Date(now).toISOString() });
    this.#persist();
    this.#setStatus(this.#offline() ? "offline" : "saving");
    this.#schedule(this.#options.debounceMs);
  }

  /** Sends everything now; resolves once the server has it all, rejects if that fails. */
  flushNow(): Promise<void> {
    if (this.#pending.size === 0 && !this.#inFlight) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    this.#attempt = 0;
    if (this.#offline()) this.#settle(new Error("offline"));
    else if (!this.#inFlight) this.#flush();
    return done;
  }

  /** Forgets the queue (after a withdrawal: nothing of it may be sent any more). */
  clear(): void {
    this.#pending.clear();
    this.#persist();
    this.#clearTimer();
  }

  #onOnline = (): void => {
    this.#attempt = 0;
    if (this.#pending.size > 0) this.#flush();
  };

  #onOffline = (): void => {
    if (this.#pending.size > 0 || this.#inFlight) this.#setStatus("offline");
  };

  #offline(): boolean {
    return globalThis.navigator?.onLine === false;
  }

  #schedule(ms: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#flush();
    }, ms);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #persist(): void {
    try {
      if (this.#pending.size === 0) globalThis.localStorage?.removeItem(this.#options.storageKey);
      else
        globalThis.localStorage?.setItem(
          this.#options.storageKey,
          JSON.stringify([...this.#pending.values()]),
        );
    } catch {
      // Storage full or blocked (private mode): answers are still sent while the page is open.
    }
  }

  #setStatus(status: SaveStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#listeners) listener();
  }

  #settle(error: unknown): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
  }

  async #flush(): Promise<void> {
    if (this.#inFlight || this.#stopped || this.#pending.size === 0) return;
    this.#clearTimer();
    if (this.#offline()) {
      this.#setStatus("offline");
      this.#settle(new Error("offline"));
      return;
    }
    const batch = [...this.#pending.values()].slice(0, BATCH);
    this.#inFlight = true;
    this.#setStatus("saving");
    let reply: SaveReply;
    try {
      reply = await this.#options.send(batch);
    } catch (error) {
      this.#inFlight = false;
      if (this.#options.classify(error) === "fatal") {
        this.clear();
        this.#setStatus("failed");
        this.#settle(error);
        this.#options.onFatal(error);
        return;
      }
      this.#attempt += 1;
      this.#setStatus(this.#offline() ? "offline" : "retrying");
      this.#settle(error);
      const backoff = Math.min(this.#options.maxBackoffMs, 1000 * 2 ** (this.#attempt - 1));
      if (!this.#stopped) this.#schedule(backoff * (0.75 + Math.random() * 0.5));
      return;
    }
    this.#inFlight = false;
    this.#attempt = 0;
    // An answer changed while its save was in flight stays queued with its newer time.
    for (const sent of batch) {
      if (this.#pending.get(sent.itemId)?.at === sent.at) this.#pending.delete(sent.itemId);
    }
    this.#persist();
    const conflicts = reply.results.filter((result) => result.status !== "applied");
    if (conflicts.length > 0 || reply.resumeCode !== null)
      this.#options.onReply?.({ conflicts, resumeCode: reply.resumeCode });
    if (this.#pending.size > 0) {
      if (this.#timer === null) this.#flush();
      return;
    }
    this.#setStatus("saved");
    this.#settle(undefined);
  }
}
