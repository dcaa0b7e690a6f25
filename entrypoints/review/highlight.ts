/** A line cut into plain and highlighted parts, to be rendered as text (never as HTML). */
export interface LinePart {
  text: string;
  hit: boolean;
}

/**
 * Splits `line` around every occurrence of the first needle found in it (the surface form the
 * viewer saw, else the dictionary form). No occurrence: the whole line, unmarked.
 */
export function highlight(line: string, needles: readonly (string | undefined)[]): LinePart[] {
  const needle = needles.find((n): n is string => !!n && line.includes(n));
  if (!needle) return [{ text: line, hit: false }];
  const parts: LinePart[] = [];
  let from = 0;
  for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, from)) {
    if (at > from) parts.push({ text: line.slice(from, at), hit: false });
    parts.push({ text: needle, hit: true });
    from = at + needle.length;
  }
  if (from < line.length) parts.push({ text: line.slice(from), hit: false });
  return parts;
}

/** Fisher–Yates on a copy; `random` is injectable for tests. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
