import type { TimedCue } from './cue';
import { normalizeNewlines, stripBom } from './decode';
import { SubtitleParseError, quote } from './errors';
import { readLooseMarkup } from './markup';

/**
 * A timing line: two timestamps around `-->` (or `->`), optionally followed by positioning such
 * as `X1:40 X2:600`. The timestamps themselves are checked by parseSrtTimestamp.
 */
const TIMING_LINE = /^[ \t]*(\d[\d:.,]*)[ \t]*--?>[ \t]*(\d[\d:.,]*)(?:[ \t].*)?$/;
/** `h:mm:ss[,fff]`, also with `.` or `:` before the fraction and 1-3 digit fields. */
const WITH_HOURS = /^(\d+):(\d{1,2}):(\d{1,3})(?:[,.:](\d+))?$/;
/** `mm:ss,fff` without hours, which only makes sense with a fraction. */
const WITHOUT_HOURS = /^(\d{1,2}):(\d{1,3})[,.](\d+)$/;
const INDEX_LINE = /^[ \t]*\d+[ \t]*$/;
const BLANK_LINE = /^[ \t]*$/;

/**
 * SubRip, read leniently because real files are messy: index lines may be missing, blank lines
 * between cues may be missing or doubled, and the timing line may use `.` or `:` for
 * milliseconds, drop the hours or the fraction, or use a short `->` arrow. A block without a
 * valid timing line is skipped; a cue's text ends at the first blank line.
 */
export function parseSrt(source: string): TimedCue[] {
  const lines = normalizeNewlines(stripBom(source)).split('\n');
  const timings: { line: number; startMs: number; endMs: number }[] = [];
  let firstProblem: SubtitleParseError | undefined;
  lines.forEach((line, i) => {
    const m = TIMING_LINE.exec(line);
    const startMs = m ? parseSrtTimestamp(m[1]!) : null;
    const endMs = m ? parseSrtTimestamp(m[2]!) : null;
    if (startMs !== null && endMs !== null) timings.push({ line: i, startMs, endMs });
    else if (line.includes('->')) {
      firstProblem ??= new SubtitleParseError(
        'invalid',
        `bad timestamp in ${quote(line.trim())}; expected something like 00:01:02,345 --> 00:01:04,000`,
        i + 1,
      );
    }
  });

  const cues = timings.map((timing, k): TimedCue => {
    const next = timings[k + 1]?.line ?? lines.length;
    const body: string[] = [];
    let endedByBlank = false;
    for (let i = timing.line + 1; i < next; i++) {
      const line = lines[i]!;
      if (BLANK_LINE.test(line)) {
        endedByBlank = true;
        break;
      }
      body.push(line.trim());
    }
    // With no blank line before the next cue, its index line sits at the end of this body.
    if (!endedByBlank && next < lines.length && INDEX_LINE.test(body[body.length - 1] ?? '')) {
      body.pop();
    }
    const { text, ...style } = readLooseMarkup(body.join('\n'));
    const cue: TimedCue = { text, startMs: timing.startMs, endMs: timing.endMs };
    const id = lines[timing.line - 1];
    if (id !== undefined && INDEX_LINE.test(id)) cue.id = id.trim();
    return Object.assign(cue, style);
  });

  if (cues.length === 0 && firstProblem) throw firstProblem;
  if (cues.length === 0 && lines.some((l) => !BLANK_LINE.test(l))) {
    throw new SubtitleParseError(
      'not-subtitles',
      'This does not look like a subtitle file: no line has SRT timing such as 00:01:02,345 --> 00:01:04,000',
    );
  }
  return cues;
}

/**
 * One SRT timestamp in ms, or null. The fraction is a decimal fraction of a second, so `,04`
 * is 40 ms and `,4` is 400 ms (as the SRT readers we compared with agree); digits past the
 * third are dropped.
 */
export function parseSrtTimestamp(text: string): number | null {
  let fields = WITH_HOURS.exec(text)?.slice(1);
  if (!fields) {
    const short = WITHOUT_HOURS.exec(text);
    if (!short) return null;
    fields = ['0', ...short.slice(1)];
  }
  const [h = '0', m = '0', s = '0', f = ''] = fields;
  const minutes = Number(m);
  const seconds = Number(s);
  if (minutes > 59 || seconds > 59) return null;
  const ms = Number(f.slice(0, 3).padEnd(3, '0'));
  return ((Number(h) * 60 + minutes) * 60 + seconds) * 1000 + ms;
}
