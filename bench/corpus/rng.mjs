// Seeded PRNG for the corpus generator: one shared stream, re-seeded per note so that a note
// depends only on (seed, index) and never on the notes generated before it.

/** FNV-1a 32-bit hash of a string. */
function hashStr(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rnd = mulberry32(1);

/** Restarts the stream from a string seed such as `42:note:17`. */
export function reseed(key) {
  rnd = mulberry32(hashStr(key));
}

export const R = () => rnd();
export const int = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(R() * arr.length)];
export const chance = (p) => R() < p;
export const pad = (n, w = 2) => String(n).padStart(w, '0');
