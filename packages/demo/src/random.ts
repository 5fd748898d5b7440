/**
 * A small seeded pseudo-random generator (xoshiro128**, seeded through splitmix32) with the
 * draws the demo needs. Every consumer asks for its own named stream, so adding an item or an
 * organisation does not reshuffle the draws of unrelated parts of the demo.
 */
export interface Random {
  /** Uniform in the open interval (0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(values: readonly T[]): T;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

function splitmix32(state: number): { state: number; value: number } {
  const next = (state + 0x9e3779b9) >>> 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return { state: next, value: (z ^ (z >>> 16)) >>> 0 };
}

/** FNV-1a over the UTF-16 code units of `text`, folded with `seed`. */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const TWO_POW_32 = 4294967296;

/** A generator for the stream `name` of the demo seeded with `seed`. */
export function createRandom(seed: number, name: string): Random {
  let mix = hashString(name, Math.trunc(seed) >>> 0) ^ Math.trunc(seed / TWO_POW_32);
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    const step = splitmix32(mix);
    mix = step.state;
    state[i] = step.value;
  }
  if (state.every((word) => word === 0)) state[0] = 1;

  const nextWord = (): number => {
    const s0 = state[0] as number;
    const s1 = state[1] as number;
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    state[2] = (state[2] as number) ^ s0;
    state[3] = (state[3] as number) ^ s1;
    state[1] = s1 ^ (state[2] as number);
    state[0] = s0 ^ (state[3] as number);
    state[2] = (state[2] as number) ^ t;
    state[3] = rotl(state[3] as number, 11);
    return result;
  };

  const next = (): number => (nextWord() + 0.5) / TWO_POW_32;

  return {
    next,
    normal(): number {
      // Box–Muller; one value per pair keeps the stream free of hidden state.
      const u = next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    uniform(min: number, max: number): number {
      return min + next() * (max - min);
    },
    chance(p: number): boolean {
      return next() < p;
    },
    pick<T>(values: readonly T[]): T {
      if (values.length === 0) throw new RangeError("pick from an empty list");
      return values[Math.floor(next() * values.length)] as T;
    },
  };
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(random: Random, values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * `count` distinct indices drawn without replacement, each draw proportional to the remaining
 * weights (successive sampling, as a survey agency filling a quota would).
 */
export function weightedSample(random: Random, weights: readonly number[], count: number): number[] {
  const remaining = weights.map((w) => Math.max(w, 0));
  let total = remaining.reduce((a, b) => a + b, 0);
  const chosen: number[] = [];
  while (chosen.length < count && total > 0) {
    let target = random.next() * total;
    let index = remaining.length - 1;
    for (let i = 0; i < remaining.length; i++) {
      const w = remaining[i] as number;
      if (w === 0) continue;
      if (target < w) {
        index = i;
        break;
      }
      target -= w;
    }
    // Float drift can leave `target` just past the last weight; walk back to a live one.
    while ((remaining[index] as number) === 0 && index > 0) index--;
    chosen.push(index);
    total -= remaining[index] as number;
    remaining[index] = 0;
  }
  return chosen;
}
