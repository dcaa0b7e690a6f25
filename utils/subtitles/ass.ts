import type { TimedCue } from './cue';
import { normalizeNewlines, stripBom } from './decode';
import { SubtitleParseError, quote } from './errors';

/** The field order of `[Events]` when a file has no Format line (ASS, "v4.00+"). */
const DEFAULT_FORMAT = [
  'layer',
  'start',
  'end',
  'style',
  'name',
  'marginl',
  'marginr',
  'marginv',
  'effect',
  'text',
];

/** `H:MM:SS.cc`; the fraction is read as a decimal fraction of a second (centiseconds in ASS). */
const ASS_TIME = /^(\d+):(\d{1,2}):(\d{1,2})(?:[.,:](\d+))?$/;

/**
 * Advanced SubStation Alpha / SubStation Alpha: one cue per `Dialogue:` line, its fields named
 * by the `[Events]` Format line. `Comment:` lines are never shown, so they are skipped; override
 * blocks and vector drawings are not text. Typesetters stack the same line on several layers
 * (shadow, outline, glow) or cut it into consecutive pieces for an effect, so identical text
 * that overlaps or touches in time is merged into one cue.
 */
export function parseAss(source: string): TimedCue[] {
  const lines = normalizeNewlines(stripBom(source)).split('\n');
  let section = '';
  let format = DEFAULT_FORMAT;
  let firstProblem: SubtitleParseError | undefined;
  const cues: TimedCue[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (/^\[.*\]$/.test(line)) {
      section = line.slice(1, -1).trim().toLowerCase();
      return;
    }
    const colon = line.indexOf(':');
    if (colon === -1) return;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trimStart();
    if (key === 'format' && section === 'events') {
      format = value.split(',').map((f) => f.trim().toLowerCase());
    } else if (key === 'dialogue') {
      const fields = splitFields(value, format.length);
      const field = (name: string) => fields[format.indexOf(name)] ?? '';
      const startMs = parseAssTime(field('start').trim());
      const endMs = parseAssTime(field('end').trim());
      if (startMs === null || endMs === null) {
        const bad = startMs === null ? field('start') : field('end');
        firstProblem ??= new SubtitleParseError(
          'invalid',
          `bad timestamp ${quote(bad.trim())} in a Dialogue line; expected something like 0:01:02.34`,
          i + 1,
        );
        return;
      }
      const text = assTextToPlain(field('text'));
      if (text.trim() === '') return;
      const cue: TimedCue = { text, startMs, endMs };
      const speaker = field('name').trim();
      if (speaker) cue.speaker = speaker;
      cues.push(cue);
    }
  });
  if (cues.length === 0 && firstProblem) throw firstProblem;
  return mergeRepeats(cues);
}

/** Splits on the first `count - 1` commas: the last field (Text) may itself contain commas. */
function splitFields(value: string, count: number): string[] {
  const fields: string[] = [];
  let rest = value;
  while (fields.length < count - 1) {
    const comma = rest.indexOf(',');
    if (comma === -1) break;
    fields.push(rest.slice(0, comma));
    rest = rest.slice(comma + 1);
  }
  fields.push(rest);
  return fields;
}

export function parseAssTime(text: string): number | null {
  const m = ASS_TIME.exec(text);
  if (!m) return null;
  const [, h, min, s, fraction = ''] = m;
  if (Number(min) > 59 || Number(s) > 59) return null;
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + ms;
}

/**
 * Dialogue text to plain text: `{…}` override blocks removed, `\N` and `\n` as line breaks,
 * `\h` as a no-break space. Between `{\p1}` (any `\p` above 0) and `{\p0}` the "text" is a
 * vector drawing, so it is dropped.
 */
export function assTextToPlain(text: string): string {
  let out = '';
  let drawing = false;
  for (let pos = 0; pos < text.length;) {
    if (text[pos] === '{') {
      const close = text.indexOf('}', pos);
      if (close !== -1) {
        for (const m of text.slice(pos, close).matchAll(/\\p(\d+)/g)) drawing = Number(m[1]) > 0;
        pos = close + 1;
        continue;
      }
    }
    const next = text.indexOf('{', pos + 1);
    const chunk = text.slice(pos, next === -1 ? text.length : next);
    if (!drawing) out += chunk.replace(/\\[Nn]/g, '\n').replace(/\\h/g, '\u00a0');
    pos += chunk.length;
  }
  return out;
}

function mergeRepeats(cues: TimedCue[]): TimedCue[] {
  const sorted = [...cues].sort((a, b) => a.startMs - b.startMs);
  const merged: TimedCue[] = [];
  const lastByText = new Map<string, TimedCue>();
  for (const cue of sorted) {
    const previous = lastByText.get(cue.text);
    if (previous && previous.endMs >= cue.startMs) {
      previous.endMs = Math.max(previous.endMs, cue.endMs);
      continue;
    }
    const copy = { ...cue };
    merged.push(copy);
    lastByText.set(cue.text, copy);
  }
  return merged;
}
