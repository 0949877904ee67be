/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), giving up past `max`:
 * "pasword", "passwrod" and "pssword" are each 1 from "password".
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Typos allowed by length: none below 6 letters, where a letter away is usually another real word ("plane",
 * "plans"), 1, then 2 from 9.
 */
export function allowedTypos(word: string): number {
  if (word.length < 6) return 0;
  return word.length < 9 ? 1 : 2;
}

/**
 * The words of `vocabulary` that `word` is probably a misspelling of: the nearest ones within its allowed
 * distance, none when it is itself a known word. Digits are never corrected ("2fa", "429").
 */
export function corrections(word: string, vocabulary: ReadonlySet<string>): string[] {
  const max = allowedTypos(word);
  if (max === 0 || vocabulary.has(word) || /\d/.test(word)) return [];
  let best = max + 1;
  let out: string[] = [];
  for (const known of vocabulary) {
    if (known[0] !== word[0] && known[1] !== word[1]) continue;
    // Both words must be long enough for the distance: "desk" is no typo of "desktop" nor the reverse.
    const limit = Math.min(max, allowedTypos(known));
    const d = editDistance(word, known, limit);
    if (d > limit) continue;
    if (d < best) {
      best = d;
      out = [known];
    } else if (d === best) out.push(known);
  }
  return best <= max ? out : [];
}
