import { describe, expect, it, vi } from 'vitest';
import type { ReplyOf, RequestOf } from '../../../utils/messaging/protocol';
import { LineReadings } from '../../../utils/overlay/readings';

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
