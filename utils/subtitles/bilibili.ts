import type { TimedCue } from './cue';
import { arrayField, finiteNumber, isRecord, parseJsonDocument } from './json';

/** Bilibili's subtitle JSON: `{body: [{from, to, content}]}` with times in seconds. */
export function parseBilibili(text: string): TimedCue[] {
  const body = arrayField(
    parseJsonDocument(text, 'Bilibili subtitle'),
    'body',
    'Bilibili subtitle',
  );
  const cues: TimedCue[] = [];
  for (const item of body) {
    if (!isRecord(item) || typeof item.content !== 'string') continue;
    const from = finiteNumber(item.from);
    const to = finiteNumber(item.to);
    if (from === null || to === null) continue;
    cues.push({
      text: item.content,
      startMs: Math.round(from * 1000),
      endMs: Math.round(to * 1000),
    });
  }
  return cues;
}
