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
