/**
 * "Collect a WebVTT timestamp" from the W3C WebVTT spec: `[hh:]mm:ss.ttt`, where a first field
 * that is not exactly two digits (or is over 59) means hours, so `000:00.000` is rejected rather
 * than read as minutes. Returns the time in ms and the position after it, or null.
 */
export function collectVttTimestamp(
  input: string,
  start: number,
): { ms: number; end: number } | null {
  let pos = start;
  const digits = (): string => {
    const from = pos;
    while (pos < input.length && isAsciiDigit(input.charCodeAt(pos))) pos++;
    return input.slice(from, pos);
  };
  if (pos >= input.length || !isAsciiDigit(input.charCodeAt(pos))) return null;
  const first = digits();
  const hoursFirst = first.length !== 2 || Number(first) > 59;
  if (input[pos] !== ':') return null;
  pos++;
  const second = digits();
  if (second.length !== 2) return null;
  let hours = 0;
  let minutes: number;
  let seconds: number;
  if (hoursFirst || input[pos] === ':') {
    if (input[pos] !== ':') return null;
    pos++;
    const third = digits();
    if (third.length !== 2) return null;
    hours = Number(first);
    minutes = Number(second);
    seconds = Number(third);
  } else {
    minutes = Number(first);
    seconds = Number(second);
  }
  if (input[pos] !== '.') return null;
  pos++;
  const fraction = digits();
  if (fraction.length !== 3) return null;
  if (minutes > 59 || seconds > 59) return null;
  return { ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(fraction), end: pos };
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
