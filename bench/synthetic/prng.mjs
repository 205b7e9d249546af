// A small linear congruential generator: enough randomness for synthetic networks, and fully
// reproducible, so the same seed writes the same bytes on every machine.

/** @param {number} seed */
export function prng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    /** @param {number} n An integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    /** @template T @param {readonly T[]} list */
    pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
    /** @param {number} p True with probability p. */
    chance: (p) => next() < p,
  };
}
