import { describe, expect, it } from 'vitest';
import { parseVttCueText } from '../../../utils/subtitles/vtt-cue-text';

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
