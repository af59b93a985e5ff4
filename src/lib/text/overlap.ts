/**
 * Words as the originality check sees them: lower case, apostrophes dropped (so "you'll" and
 * "youll" match), every other non-alphanumeric character a separator.
 */
export function normalisedWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** Two 32-bit hashes of a word (the lanes of cyrb53), which the run fingerprints combine. */
function wordLanes(words: readonly string[]): [Int32Array, Int32Array] {
  const a = new Int32Array(words.length);
  const b = new Int32Array(words.length);
  words.forEach((word, w) => {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < word.length; i++) {
      const ch = word.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    a[w] = h1;
    b[w] = h2;
  });
  return [a, b];
}

/** The fingerprint of the run of `n` words starting at `start`: a 53-bit number. */
function runAt(a: Int32Array, b: Int32Array, start: number, n: number): number {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  for (let i = start; i < start + n; i++) {
    h1 = Math.imul(h1 ^ a[i]!, 2246822507);
    h2 = Math.imul(h2 ^ b[i]!, 3266489909);
    h1 ^= h1 >>> 15;
    h2 ^= h2 >>> 13;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Fingerprints (53-bit hashes) of every run of `n` words in `text`. The originality check keeps
 * these for the writers' source notes instead of their text, so the repository never holds that
 * text: at 53 bits a chance match among a few million runs is about one in a billion.
 */
export function runFingerprints(text: string, n: number): Set<number> {
  const words = normalisedWords(text);
  const [a, b] = wordLanes(words);
  const found = new Set<number>();
  for (let i = 0; i + n <= words.length; i++) found.add(runAt(a, b, i, n));
  return found;
}

/** The runs of `n` words of `text` whose fingerprints are in `fingerprints`, in the order they appear. */
export function fingerprintedRuns(text: string, fingerprints: ReadonlySet<number>, n: number): string[] {
  const words = normalisedWords(text);
  const [a, b] = wordLanes(words);
  const found: string[] = [];
  for (let i = 0; i + n <= words.length; i++) if (fingerprints.has(runAt(a, b, i, n))) found.push(words.slice(i, i + n).join(' '));
  return found;
}
