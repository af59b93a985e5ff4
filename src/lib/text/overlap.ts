/**
 * Words as the brief-overlap check sees them: lower case, apostrophes dropped (so "you'll" and
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

/** Every run of `n` consecutive words, joined by spaces. */
export function wordRuns(words: readonly string[], n: number): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

/** The runs of `n` words that `text` shares with `source`, in the order they appear in `text`. */
export function sharedRuns(text: string, source: string, n: number): string[] {
  const sourceRuns = wordRuns(normalisedWords(source), n);
  // Only a word that starts some run of the source can start a shared run; checking that first
  // skips building most runs of a long text (the O*NET ratings file is about 300,000 words).
  const starts = new Set([...sourceRuns].map((run) => run.split(' ', 1)[0]!));
  const words = normalisedWords(text);
  const shared: string[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    if (!starts.has(words[i]!)) continue;
    const run = words.slice(i, i + n).join(' ');
    if (sourceRuns.has(run)) shared.push(run);
  }
  return shared;
}
