import type { Cue } from './cue';
import { normalizeNewlines, stripBom } from './decode';

/** Untimed text, one cue per non-blank line (pasted dialogue, a transcript). */
export function parsePlainText(text: string): Cue[] {
  return normalizeNewlines(stripBom(text))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ text: line }));
}
