/** "Did you mean": the known name closest to a mistyped one, when it is close enough to help. */

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidate within a third of the name's length (at least two edits), if any. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // Comparing long strings is wasted work when their lengths alone exceed the limit.
    if (Math.abs(c.length - name.length) > limit) continue;
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  if (bestDistance <= limit) return best;
  // A name cut short (`privileged` for `privileged-container`) is a prefix of one candidate only.
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(name.toLowerCase()));
  return name.length >= 3 && prefixed.length === 1 ? prefixed[0] : undefined;
}
