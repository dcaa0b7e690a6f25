import { describe, expect, it } from 'vitest';
import { parseVttCueText, type VttCueText } from '../../../utils/subtitles/vtt-cue-text';

describe('WebVTT cue text to plain text', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['<b>bold</b> <i>it</i> <u>u</u>', 'bold it u'],
    ['<c.yellow.big>classed</c>', 'classed'],
    ['<lang ko>한국어</lang>', '한국어'],
    ['<unknown>kept</unknown>', 'kept'],
    ['<script>alert(1)</script>', 'alert(1)'],
    ['<b>never closed', 'never closed'],
    ['a<>b', 'ab'],
    ['a</>b', 'ab'],
    ['a</b>c', 'ac'],
    ['<i>a</b>c</i>', 'ac'],
    ['<', ''],
    ['a <', 'a '],
    ['<c', ''],
    ['<0.500', ''],
    ["<c It's", ''],
    ['1 < 2', '1 '],
    ['x<00:00:01.000>y<00:00:02.000>z', 'xyz'],
    ['x<00:00:99.000>y', 'xy'],
    ['line one\nline two', 'line one\nline two'],
    ['<b\nclass>text</b>', 'text'],
    // ruby: base text kept, annotation dropped, including an unclosed <rt>
    ['<ruby>漢字<rt>かんじ</rt></ruby>です', '漢字です'],
    ['<ruby>a<rt>b</ruby>c', 'ac'],
    ['<ruby>a<rt><b>b</rt></ruby>c', 'a'],
    ['<ruby>a<rt>b</rt>c<rt>d</rt></ruby>', 'ac'],
    ['<rt>outside ruby</rt>', 'outside ruby'],
    ['<ruby.x>base<rt.y>ann</rt></ruby>', 'base'],
    // character references: full HTML list, legacy names without ';', unknown ones literal
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    ['&nbsp;|&lrm;|&rlm;', '\u00a0|\u200e|\u200f'],
    ['&amp', '&'],
    ['&AMP;', '&'],
    ['&not', '¬'],
    ['&notit;', '¬it;'],
    ['&ClockwiseContourIntegral;', '∲'],
    ['&#32;&#x20;&#X41;', '  A'],
    ['&#0;', '\uFFFD'],
    ['&1;', '&1;'],
    ['&;', '&;'],
    ['&&', '&&'],
    ['&<b>x</b>', '&x'],
    ['&lt;script&gt;', '<script>'],
  ])('%j → %j', (raw, text) => {
    expect(parseVttCueText(raw).text).toBe(text);
  });

  it.each<[string, string | undefined]>([
    ['<v Roger Bingham>We are in New York City', 'Roger Bingham'],
    ['<v.loud   민지  >야!</v>', '민지'],
    ['<v>no name</v>', undefined],
    ['<v A>one</v><v B>two</v>', 'A'],
    ['<v Tom &amp; Jerry>hi', 'Tom & Jerry'],
    ['no voice', undefined],
  ])('speaker of %j is %j', (raw, speaker) => {
    expect(parseVttCueText(raw).speaker).toBe(speaker);
  });

  it('never includes the voice name in the text', () => {
    expect(parseVttCueText('<v Mary>Hi <v Joe>there').text).toBe('Hi there');
  });
});

describe('WebVTT cue text: styles and readings', () => {
  const I = (start: number, end: number) => ({ start, end, italic: true as const });
  it.each<[string, string, Pick<VttCueText, 'styles' | 'ruby'>]>([
    ['plain', 'plain', {}],
    ['<i>whole</i>', 'whole', { styles: [I(0, 5)] }],
    ['a <i>b</i> c', 'a b c', { styles: [I(2, 3)] }],
    [
      '<b>bo<i>th</i></b><u>u</u>',
      'bothu',
      {
        styles: [
          { start: 0, end: 2, bold: true },
          { start: 2, end: 4, bold: true, italic: true },
          { start: 4, end: 5, underline: true },
        ],
      },
    ],
    // An unclosed tag styles the rest of the cue; a mismatched end tag is ignored.
    ['<i>never closed\nnext', 'never closed\nnext', { styles: [I(0, 17)] }],
    ['<i>a</b>c</i>d', 'acd', { styles: [I(0, 2)] }],
    // Offsets count decoded characters, not the references in the source.
    ['&amp;<i>x</i>', '&x', { styles: [I(1, 2)] }],
    ['<c.italic>class names are not styles</c>', 'class names are not styles', {}],
    [
      '<ruby>漢字<rt>かんじ</rt></ruby>です',
      '漢字です',
      { ruby: [{ start: 0, end: 2, reading: 'かんじ' }] },
    ],
    [
      '<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>',
      '漢字',
      {
        ruby: [
          { start: 0, end: 1, reading: 'かん' },
          { start: 1, end: 2, reading: 'じ' },
        ],
      },
    ],
    // An <rt> left open holds the rest of the cue as its reading, as the cue tree does.
    ['<ruby>今日<rt>きょう', '今日', { ruby: [{ start: 0, end: 2, reading: 'きょう' }] }],
    ['<ruby>a<rt>b</ruby>c', 'ac', { ruby: [{ start: 0, end: 1, reading: 'b' }] }],
    // A ruby without an <rt> is only its text; an empty base or reading gives nothing.
    ['<ruby>漢字</ruby>', '漢字', {}],
    ['<ruby><rt>よみ</rt></ruby>x', 'x', {}],
    ['<ruby>字<rt> </rt></ruby>', '字', {}],
    // Text after the last <rt> has no reading.
    ['<ruby>漢<rt>かん</rt>字</ruby>', '漢字', { ruby: [{ start: 0, end: 1, reading: 'かん' }] }],
    // Nested ruby: the inner reading is kept, the outer one over it left out.
    [
      '<ruby><ruby>今<rt>いま</rt></ruby>日<rt>きょう</rt></ruby>',
      '今日',
      { ruby: [{ start: 0, end: 1, reading: 'いま' }] },
    ],
    // A ruby inside an annotation is part of the reading's text, not of the line.
    [
      '<ruby>空<rt><ruby>そ<rt>x</rt></ruby>ら</rt></ruby>',
      '空',
      { ruby: [{ start: 0, end: 1, reading: 'そら' }] },
    ],
    [
      '<i><ruby>東京<rt>とうきょう</rt></ruby></i>へ',
      '東京へ',
      { styles: [I(0, 2)], ruby: [{ start: 0, end: 2, reading: 'とうきょう' }] },
    ],
    ['<rt>outside ruby</rt>', 'outside ruby', {}],
  ])('%j', (raw, text, expected) => {
    const read = parseVttCueText(raw);
    expect(read.text).toBe(text);
    expect({ styles: read.styles, ruby: read.ruby }).toEqual({
      styles: expected.styles,
      ruby: expected.ruby,
    });
  });

  it.each<[string, string, { start: number; end: number; reading: string }[] | undefined]>([
    ['今日(きょう)は', '今日は', [{ start: 0, end: 2, reading: 'きょう' }]],
    ['お父(とう)さん', 'お父さん', [{ start: 1, end: 2, reading: 'とう' }]],
    ['一ヶ月（いっかげつ）', '一ヶ月', [{ start: 0, end: 3, reading: 'いっかげつ' }]],
    ['時々(ときどき)ね', '時々ね', [{ start: 0, end: 2, reading: 'ときどき' }]],
    [
      '東京(とうきょう)と大阪(おおさか)',
      '東京と大阪',
      [
        { start: 0, end: 2, reading: 'とうきょう' },
        { start: 3, end: 5, reading: 'おおさか' },
      ],
    ],
    ['魔法(マジック)だ', '魔法だ', [{ start: 0, end: 2, reading: 'マジック' }]],
    // Not readings: no kanji before, kanji inside, Latin, or a speaker at the start.
    ['(ため息)', '(ため息)', undefined],
    ['あの(えっと)', 'あの(えっと)', undefined],
    ['言った(笑)', '言った(笑)', undefined],
    ['（太郎）行くぞ', '（太郎）行くぞ', undefined],
    ['你好(nǐ hǎo)', '你好(nǐ hǎo)', undefined],
    ['漢字()', '漢字()', undefined],
  ])('Netflix inline reading %j', (raw, text, ruby) => {
    const read = parseVttCueText(raw);
    expect(read.text).toBe(text);
    expect(read.ruby).toEqual(ruby);
  });

  it('keeps an inline reading’s styles on the kanji and drops them with the kana', () => {
    expect(parseVttCueText('<i>本(ほん)</i>を')).toEqual({
      text: '本を',
      styles: [{ start: 0, end: 1, italic: true }],
      ruby: [{ start: 0, end: 1, reading: 'ほん' }],
    });
  });
});
