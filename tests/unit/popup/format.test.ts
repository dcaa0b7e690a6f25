import { describe, expect, it } from 'vitest';
import { formatClock, safeLink } from '../../../components/popup/format';

const OWN = 'chrome-extension://abcdefghijklmnop';

describe('safeLink', () => {
  it.each([
    ['a web page', 'https://www.youtube.com/watch?v=x&t=83s', OWN, true],
    ['plain http', 'http://example.test/video', OWN, true],
    ['this extension’s demo page', `${OWN}/demo.html#t=19`, OWN, true],
    ['another extension’s page', 'chrome-extension://zzzzzzzzzzzzzzzz/demo.html', OWN, false],
    ['a look-alike origin', `${OWN}evil/demo.html`, OWN, false],
    ['script', 'javascript:alert(1)', OWN, false],
    ['data', 'data:text/html,<b>x</b>', OWN, false],
    ['file', 'file:///etc/passwd', OWN, false],
    ['not a URL', 'demo.html', OWN, false],
    [
      'an extension page when the caller is a web origin',
      `${OWN}/demo.html`,
      'https://a.test',
      false,
    ],
    ['an extension page with no origin known', `${OWN}/demo.html`, undefined, false],
  ])('%s', (_, url, own, allowed) => {
    expect(safeLink(url, own)).toBe(allowed ? url : undefined);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [61_500, '1:01'],
    [3_723_000, '1:02:03'],
  ])('%i ms -> %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
