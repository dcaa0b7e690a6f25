import { describe, expect, it } from 'vitest';
import type { TimedCue } from '../../../utils/subtitles/cue';
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
      'ruby: base kept, annotation as its reading, delimiters dropped',
      tt(
        '<p begin="1s" end="2s"><span tts:ruby="container"><span tts:ruby="base">漢字</span><span tts:ruby="delimiter">(</span><span tts:ruby="text">かんじ</span><span tts:ruby="delimiter">)</span></span>を読む</p>',
      ),
      [
        {
          text: '漢字を読む',
          startMs: 1000,
          endMs: 2000,
          ruby: [{ start: 0, end: 2, reading: 'かんじ' }],
        },
      ],
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

describe('TTML styles, regions and ruby', () => {
  /** A document with a head, one paragraph per case, timed 1–2 s. */
  const doc = (head: string, p: string, rootAttrs = '') =>
    `<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ${rootAttrs}><head>${head}</head><body><div>${p.replace('<p', '<p begin="1s" end="2s"')}</div></body></tt>`;
  const HEAD = [
    '<styling>',
    '<style xml:id="it" tts:fontStyle="italic"/>',
    '<style xml:id="bold" tts:fontWeight="bold"/>',
    '<style xml:id="both" style="it bold"/>',
    '<style xml:id="loop" style="loop"/>',
    '<style xml:id="rubyText" tts:ruby="text"/>',
    '</styling>',
    '<layout>',
    '<region xml:id="top" tts:origin="10% 5%" tts:extent="80% 20%"/>',
    '<region xml:id="bottom" tts:origin="10% 70%" tts:extent="80% 20%" tts:displayAlign="after"/>',
    '<region xml:id="middle" tts:origin="0% 40%" tts:extent="100% 30%" tts:displayAlign="center"/>',
    '<region xml:id="cells" tts:origin="2c 1c" tts:extent="28c 3c"/>',
    '<region xml:id="italicRegion" tts:fontStyle="italic" tts:textAlign="left"/>',
    '<region xml:id="bare"/>',
    '</layout>',
  ].join('');
  const I = (start: number, end: number) => ({ start, end, italic: true as const });

  it.each<[string, string, Omit<TimedCue, 'startMs' | 'endMs'>]>([
    [
      'inline fontStyle',
      '<p>a<span tts:fontStyle="italic">b</span>c</p>',
      { text: 'abc', styles: [I(1, 2)] },
    ],
    [
      'oblique counts as italic',
      '<p tts:fontStyle="oblique">x</p>',
      { text: 'x', styles: [I(0, 1)] },
    ],
    [
      'a referenced style',
      '<p style="it">x <span style="bold">y</span></p>',
      {
        text: 'x y',
        styles: [I(0, 2), { start: 2, end: 3, italic: true, bold: true }],
      },
    ],
    [
      'a style referencing styles',
      '<p style="both">x</p>',
      {
        text: 'x',
        styles: [{ start: 0, end: 1, italic: true, bold: true }],
      },
    ],
    ['a self-referencing style is harmless', '<p style="loop">x</p>', { text: 'x' }],
    [
      'inherited from the div, switched off inline',
      '<p tts:fontStyle="italic">a<span tts:fontStyle="normal">b</span></p>',
      {
        text: 'ab',
        styles: [I(0, 1)],
      },
    ],
    [
      'underline among other decorations',
      '<p tts:textDecoration="underline lineThrough">u</p>',
      {
        text: 'u',
        styles: [{ start: 0, end: 1, underline: true }],
      },
    ],
    [
      'styles survive trimming of layout whitespace',
      '<p>\n   <span tts:fontStyle="italic">one</span>\n   <br/>  two  </p>',
      {
        text: 'one\ntwo',
        styles: [I(0, 3)],
      },
    ],
    [
      'a region on top',
      '<p region="top">sign</p>',
      { text: 'sign', position: { line: 5, vertical: 'top' } },
    ],
    [
      'a region with its text at the bottom',
      '<p region="bottom">x</p>',
      {
        text: 'x',
        position: { line: 90, vertical: 'bottom' },
      },
    ],
    [
      'a centred region',
      '<p region="middle">x</p>',
      { text: 'x', position: { line: 55, vertical: 'bottom' } },
    ],
    ['cells', '<p region="cells">x</p>', { text: 'x', position: { line: 7, vertical: 'top' } }],
    [
      'a region’s styles pass to its text',
      '<p region="italicRegion">x</p>',
      {
        text: 'x',
        styles: [I(0, 1)],
        position: { align: 'start' },
      },
    ],
    ['a region that does not say where', '<p region="bare">x</p>', { text: 'x' }],
    ['an unknown region', '<p region="nowhere">x</p>', { text: 'x' }],
    [
      'textAlign on the paragraph',
      '<p tts:textAlign="end">x</p>',
      { text: 'x', position: { align: 'end' } },
    ],
    [
      'pairs of bases and annotations',
      '<p><span tts:ruby="container"><span tts:ruby="baseContainer"><span tts:ruby="base">東</span><span tts:ruby="base">京</span></span><span tts:ruby="textContainer"><span tts:ruby="text">とう</span><span tts:ruby="text">きょう</span></span></span>へ</p>',
      {
        text: '東京へ',
        ruby: [
          { start: 0, end: 1, reading: 'とう' },
          { start: 1, end: 2, reading: 'きょう' },
        ],
      },
    ],
    [
      'one annotation over several bases',
      '<p><span tts:ruby="container"><span tts:ruby="baseContainer"><span tts:ruby="base">明</span><span tts:ruby="base">日</span></span><span tts:ruby="text">あした</span></span></p>',
      {
        text: '明日',
        ruby: [{ start: 0, end: 2, reading: 'あした' }],
      },
    ],
    [
      'a container without marked bases',
      '<p>x<span tts:ruby="container">漢字<span tts:ruby="text">かんじ</span></span></p>',
      {
        text: 'x漢字',
        ruby: [{ start: 1, end: 3, reading: 'かんじ' }],
      },
    ],
    [
      'the ruby role from a referenced style',
      '<p><span tts:ruby="container"><span tts:ruby="base">字</span><span style="rubyText">じ</span></span></p>',
      {
        text: '字',
        ruby: [{ start: 0, end: 1, reading: 'じ' }],
      },
    ],
    [
      'a container with no annotation',
      '<p><span tts:ruby="container"><span tts:ruby="base">字</span></span></p>',
      { text: '字' },
    ],
    [
      'an annotation outside any container is dropped',
      '<p>字<span tts:ruby="text">じ</span></p>',
      { text: '字' },
    ],
  ])('%s', (_name, p, expected) => {
    expect(parseTtml(doc(HEAD, p))).toEqual([{ ...expected, startMs: 1000, endMs: 2000 }]);
  });

  it('measures pixel origins against the root extent, and not without one', () => {
    const head =
      '<layout><region xml:id="r" tts:origin="0px 54px" tts:extent="1920px 216px"/></layout>';
    const p = '<p region="r">x</p>';
    expect(parseTtml(doc(head, p, 'tts:extent="1920px 1080px"'))[0]!.position).toEqual({
      line: 5,
      vertical: 'top',
    });
    // Without the root's size the region's place is unknown, so nothing is said.
    expect(parseTtml(doc(head, p))[0]!.position).toBeUndefined();
  });

  it('lets a paragraph inherit its region from the div', () => {
    const input = doc(HEAD, '<p>x</p>').replace('<div>', '<div region="top">');
    expect(parseTtml(input)[0]!.position).toEqual({ line: 5, vertical: 'top' });
  });
});
