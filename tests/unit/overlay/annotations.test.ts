import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplyOf, RequestOf } from '../../../utils/messaging/protocol';
import { LATE_MS, LineAnnotations } from '../../../utils/overlay/annotations';
import { testNote } from '../note-fixture';

const NOTE = testNote({ id: 'ko.nun-i-nopda', headword: '눈이 높다' });

type Request = RequestOf<'lines.annotate'>;

/** A background stand-in: marks every `눈이` it sees; replies when `release` is called. */
function fakeBackground() {
  const requests: Request[] = [];
  const waiting: (() => void)[] = [];
  let fail = false;
  const send = (request: Request): Promise<ReplyOf<'lines.annotate'>> => {
    requests.push(request);
    return new Promise((resolve, reject) => {
      waiting.push(() => {
        if (fail) return reject(new Error('packs/ko.json is missing'));
        const marks = request.lines.map((line) => {
          const start = line.indexOf('눈이');
          return start < 0 ? [] : [{ start, end: start + 5, noteId: NOTE.id }];
        });
        resolve({ packNotes: 1, marks, notes: marks.some((m) => m.length) ? [NOTE] : [] });
      });
    });
  };
  return {
    send,
    requests,
    release: async () => {
      for (const go of waiting.splice(0)) go();
      await vi.runAllTimersAsync();
    },
    failNext: () => (fail = true),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('LineAnnotations', () => {
  it('sends each text once, in batches of at most 200, and keeps marks and notes by text', async () => {
    vi.useFakeTimers();
    const bg = fakeBackground();
    const onChange = vi.fn();
    const lines = new LineAnnotations('ko', ['idiom'], bg.send, onChange);
    const track = Array.from({ length: 450 }, (_, i) => `줄 ${i} 눈이 높아`);
    const done = lines.request([...track, track[0]!]);
    void lines.request(track.slice(0, 10));
    expect(bg.requests.map((r) => r.lines.length)).toEqual([200, 200, 50]);
    expect(bg.requests[0]).toMatchObject({ lang: 'ko', categories: ['idiom'] });
    expect(lines.marksOf(track[0]!)).toBeUndefined();
    await bg.release();
    await done;
    expect(lines.marksOf(track[3]!)).toEqual([{ start: 4, end: 9, noteId: NOTE.id }]);
    expect(lines.notes.get(NOTE.id)?.headword).toBe('눈이 높다');
    expect(lines.packNotes).toBe(1);
    expect(lines.has(track[3]!)).toBe(true);
    expect(onChange).toHaveBeenCalled();
    await lines.request(track);
    expect(bg.requests).toHaveLength(3);
  });

  it('lets a line show unmarked when its marks are late, and marks it when they come', async () => {
    vi.useFakeTimers();
    const bg = fakeBackground();
    const onChange = vi.fn();
    const lines = new LineAnnotations('ko', undefined, bg.send, onChange);
    void lines.request(['눈이 높아']);
    expect(bg.requests[0]).not.toHaveProperty('categories');
    await vi.advanceTimersByTimeAsync(LATE_MS - 1);
    expect(lines.marksOf('눈이 높아')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(lines.marksOf('눈이 높아')).toEqual([]);
    expect(lines.has('눈이 높아')).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(1);
    await bg.release();
    expect(lines.marksOf('눈이 높아')).toEqual([{ start: 0, end: 5, noteId: NOTE.id }]);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('gives up on marks when the background cannot annotate, and stops asking', async () => {
    vi.useFakeTimers();
    const bg = fakeBackground();
    bg.failNext();
    const lines = new LineAnnotations('ko', undefined, bg.send, () => undefined);
    const done = lines.request(['눈이 높아']);
    const settled = expect(done).rejects.toThrow(/missing/);
    await bg.release();
    await settled;
    expect(lines.failed).toBe(true);
    expect(lines.marksOf('다른 줄')).toEqual([]);
    await lines.request(['다른 줄']);
    expect(bg.requests).toHaveLength(1);
  });

  it('cuts a line longer than the protocol allows', async () => {
    vi.useFakeTimers();
    const bg = fakeBackground();
    const lines = new LineAnnotations('ko', undefined, bg.send, () => undefined);
    void lines.request(['가'.repeat(2500)]);
    expect(bg.requests[0]!.lines[0]).toHaveLength(2000);
    await bg.release();
    expect(lines.marksOf('가'.repeat(2500))).toEqual([]);
  });
});
