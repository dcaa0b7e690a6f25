import { describe, expect, it, vi } from 'vitest';
import type { ReplyOf, RequestOf } from '../../../utils/messaging/protocol';
import { LineReadings, SourceReadings } from '../../../utils/overlay/readings';

type Request = RequestOf<'lines.readings'>;

describe('LineReadings', () => {
  it('asks about each line once, in batches, and keeps complete answers by text', async () => {
    const requests: Request[] = [];
    const send = (request: Request): Promise<ReplyOf<'lines.readings'>> => {
      requests.push(request);
      return Promise.resolve({
        readings: request.lines.map((line) => [{ start: 0, end: 1, text: `r:${line}` }]),
        complete: true,
      });
    };
    const onChange = vi.fn();
    const readings = new LineReadings('zh', send, onChange);
    const lines = Array.from({ length: 25 }, (_, i) => `第${i}行`);
    readings.request(lines);
    readings.request(lines.slice(0, 3));
    expect(requests.map((r) => r.lines.length)).toEqual([20, 5]);
    expect(readings.of('第0行')).toEqual([]);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(readings.of('第3行')).toEqual([{ start: 0, end: 1, text: 'r:第3行' }]);
    readings.request(lines);
    expect(requests).toHaveLength(2);
  });

  it('asks again a little later about lines whose answer was incomplete (dictionary installing)', async () => {
    vi.useFakeTimers();
    const send = vi.fn((request: Request) =>
      Promise.resolve({ readings: request.lines.map(() => []), complete: false }),
    );
    const onChange = vi.fn();
    const readings = new LineReadings('ja', send, onChange);
    readings.request(['本当']);
    await vi.advanceTimersByTimeAsync(0);
    expect(onChange).not.toHaveBeenCalled();
    // Not kept: the next request for the line goes out again.
    readings.request(['本当']);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onChange).toHaveBeenCalled();
    vi.useRealTimers();
  });
});

describe('SourceReadings', () => {
  const computed = [
    { start: 0, end: 2, text: 'きょう' },
    { start: 3, end: 4, text: 'い' },
  ];

  it('prefers the subtitles’ own readings where they lie, the computed ones elsewhere', () => {
    const merge = new SourceReadings();
    const source = [{ start: 1, end: 2, text: 'ひ' }];
    expect(merge.merge('今日は行く', source, computed)).toEqual([
      { start: 1, end: 2, text: 'ひ' },
      { start: 3, end: 4, text: 'い' },
    ]);
  });

  it('gives the computed list itself when the line has no readings of its own', () => {
    expect(new SourceReadings().merge('x', [], computed)).toBe(computed);
  });

  it('answers the same inputs with the same array, and a new one when the computed change', () => {
    const merge = new SourceReadings();
    const source = [{ start: 0, end: 2, text: 'こんにち' }];
    const first = merge.merge('今日', source, computed);
    expect(merge.merge('今日', [...source], computed)).toBe(first);
    const later = [...computed];
    expect(merge.merge('今日', source, later)).not.toBe(first);
  });
});
