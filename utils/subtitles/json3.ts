import type { TimedCue } from './cue';
import { arrayField, finiteNumber, isRecord, parseJsonDocument } from './json';

/**
 * YouTube timedtext "json3": `{events: [{tStartMs, dDurationMs, segs: [{utf8}]}]}`. Events
 * without segments set windows and styles, and auto-generated tracks add events holding only
 * "\n" to roll lines up; neither is a line of dialogue, so both are skipped.
 */
export function parseJson3(text: string): TimedCue[] {
  const events = arrayField(
    parseJsonDocument(text, 'YouTube caption'),
    'events',
    'YouTube caption',
  );
  const cues: TimedCue[] = [];
  for (const event of events) {
    if (!isRecord(event) || !Array.isArray(event.segs)) continue;
    const startMs = finiteNumber(event.tStartMs);
    if (startMs === null) continue;
    const segs = event.segs as unknown[];
    const line = segs
      .map((seg) => (isRecord(seg) && typeof seg.utf8 === 'string' ? seg.utf8 : ''))
      .join('');
    if (line.trim() === '') continue;
    cues.push({
      text: line.replace(/^\n+|\n+$/g, ''),
      startMs,
      endMs: startMs + (finiteNumber(event.dDurationMs) ?? 0),
    });
  }
  return cues;
}
