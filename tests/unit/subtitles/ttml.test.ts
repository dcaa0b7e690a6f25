import { describe, expect, it } from 'vitest';
import { SubtitleParseError } from '../../../utils/subtitles/errors';
import { parseTimeExpression, parseTtml } from '../../../utils/subtitles/ttml';
import { attribute, localName, parseXml } from '../../../utils/subtitles/xml';

const tt = (body: string, rootAttrs = '') =>
  `<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ${rootAttrs}><body><div>${body}</div></body></tt>`;

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA and references without running anything', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><!DOCTYPE x [<!ENTITY e "boom">]><a x=\'1\' y="&lt;2&gt;">t&amp;&e;<![CDATA[<b>raw</b>]]><c/></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ x: '1', y: '<2>' });
    expect(root.children).toEqual([
      't&&e;',
      '<b>raw</b>',
      { name: 'c', attrs: {}, children: [], line: 1 },
    ]);
  });

  it('closes mismatched and unclosed elements instead of failing', () => {
    const root = parseXml('<a><b>one</a>');
    expect(root.children).toEqual([{ name: 'b', attrs: {}, children: ['one'], line: 1 }]);
  });

  it('treats a stray < as text', () => {
    expect(parseXml('<a>1 < 2</a>').children).toEqual(['1 ', '<', ' 2']);
  });

  it('refuses input without a root element and absurd nesting', () => {
    expect(() => parseXml('just text')).toThrow(SubtitleParseError);
    expect(() => parseXml('<a>'.repeat(1000))).toThrow(/nested too deeply/);
  });

  it('matches names and attributes whatever the prefix', () => {
    const root = parseXml('<tt:tt ttp:tickRate="10"/>');
    expect(localName(root.name)).toBe('tt');
    expect(attribute(root, 'tickRate')).toBe('10');
  });
});

describe('parseTimeExpression', () => {
  const params = { frameRate: 25, subFrameRate: 1, tickRate: 10_000_000 };
  it.each<[string, number | null]>([
    ['00:00:01.500', 1500],
    ['01:02:03.004', 3723004],
    ['00:00:01', 1000],
    ['00:00:01:05', 1200], // 5 frames at 25 fps
    ['1.5s', 1500],
    ['250ms', 250],
    ['2m', 120000],
    ['1h', 3600000],
    ['50f', 2000],
    ['12345678t', 1235],
    ['soon', null],
    ['1:2:3', null],
    ['-1s', null],
    ['', null],
  ])('%j → %s', (input, ms) => {
    expect(parseTimeExpression(input, params)).toBe(ms);
  });
});

describe('parseTtml', () => {
  it.each<[string, string, object[]]>([
    [
      'clock times and line breaks',
      tt('<p begin="00:00:01.000" end="00:00:02.500">안녕<br/>하세요</p>'),
      [{ text: '안녕\n하세요', startMs: 1000, endMs: 2500 }],
    ],
    [
      'dur instead of end, begin offset by the parent div',
      `<tt><body><div begin="10s"><p begin="1s" dur="2s">x</p></div></body></tt>`,
      [{ text: 'x', startMs: 11000, endMs: 13000 }],
    ],
    [
      'end clipped by the parent',
      `<tt><body><div begin="0s" end="5s"><p begin="4s" end="9s">x</p></div></body></tt>`,
      [{ text: 'x', startMs: 4000, endMs: 5000 }],
    ],
    [
      'ticks at ttp:tickRate',
      tt('<p begin="10000000t" end="25000000t">t</p>', 'ttp:tickRate="10000000"'),
      [{ text: 't', startMs: 1000, endMs: 2500 }],
    ],
    [
      'frames at ttp:frameRate with a 1000/1001 multiplier',
      tt(
        '<p begin="00:00:01:00" end="60f">f</p>',
        'ttp:frameRate="30" ttp:frameRateMultiplier="1000 1001"',
      ),
      [{ text: 'f', startMs: 1000, endMs: 2002 }],
    ],
    [
      'tt: prefixes and nested spans',
      `<tt:tt xmlns:tt="http://www.w3.org/ns/ttml"><tt:body><tt:div><tt:p begin="1s" end="2s"><tt:span>밖<tt:span>안</tt:span></tt:span>끝</tt:p></tt:div></tt:body></tt:tt>`,
      [{ text: '밖안끝', startMs: 1000, endMs: 2000 }],
    ],
    [
      'ruby: base kept, annotation and delimiters dropped',
      tt(
        '<p begin="1s" end="2s"><span tts:ruby="container"><span tts:ruby="base">漢字</span><span tts:ruby="delimiter">(</span><span tts:ruby="text">かんじ</span><span tts:ruby="delimiter">)</span></span>を読む</p>',
      ),
      [{ text: '漢字を読む', startMs: 1000, endMs: 2000 }],
    ],
    [
      'source whitespace collapses; xml:space="preserve" keeps it',
      tt(
        '<p begin="1s" end="2s">\n   one\n   two  </p><p begin="3s" end="4s" xml:space="preserve">a  b</p>',
      ),
      [
        { text: 'one two', startMs: 1000, endMs: 2000 },
        { text: 'a  b', startMs: 3000, endMs: 4000 },
      ],
    ],
    [
      'markup in text stays text; metadata is not text',
      tt('<p begin="1s" end="2s">&lt;script&gt;x&lt;/script&gt;<metadata>note</metadata></p>'),
      [{ text: '<script>x</script>', startMs: 1000, endMs: 2000 }],
    ],
    [
      'a paragraph timed only by its spans',
      tt('<p><span begin="1s" end="2s">가</span><span begin="2s" end="3s">나</span></p>'),
      [{ text: '가나', startMs: 1000, endMs: 3000 }],
    ],
    [
      'sorted by start time; untimed paragraphs skipped',
      tt('<p begin="5s" end="6s">b</p><p>untimed</p><p begin="1s" end="2s">a</p>'),
      [
        { text: 'a', startMs: 1000, endMs: 2000 },
        { text: 'b', startMs: 5000, endMs: 6000 },
      ],
    ],
    ['no body', '<tt><head/></tt>', []],
  ])('%s', (_name, input, expected) => {
    expect(parseTtml(input)).toEqual(expected);
  });

  it('refuses another root element', () => {
    expect(() => parseTtml('<html><body/></html>')).toThrow(/root element is <html>/);
  });

  it('skips a badly timed paragraph, and names it when nothing else is left', () => {
    const bad = '<p begin="soon" end="2s">x</p>';
    expect(parseTtml(tt(`${bad}<p begin="3s" end="4s">ok</p>`))).toHaveLength(1);
    expect(() => parseTtml(tt(bad))).toThrow(/^Line 2: bad timestamp begin="soon"/);
  });
});
