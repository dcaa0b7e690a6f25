import { describe, expect, it } from 'vitest';
import { BOLD, ITALIC, StyledText } from '../../../utils/subtitles/styled-text';

describe('StyledText', () => {
  it('gives runs of equal styles as spans, and nothing for unstyled text', () => {
    const out = new StyledText();
    out.append('plain ');
    out.append('it', ITALIC);
    out.append('both', ITALIC | BOLD);
    out.append('end');
    expect(out.fields()).toEqual({
      text: 'plain itbothend',
      styles: [
        { start: 6, end: 8, italic: true },
        { start: 8, end: 12, italic: true, bold: true },
      ],
    });
    const bare = new StyledText();
    bare.append('x');
    expect(bare.fields()).toEqual({ text: 'x' });
  });

  it('moves styles and readings when characters are removed, dropping emptied readings', () => {
    const out = new StyledText();
    out.append('  ');
    out.append('漢字', ITALIC);
    out.append(' x ');
    expect(out.addRuby(2, 4, ' かん\nじ ')).toBe(true);
    expect(out.addRuby(5, 6, 'えっくす')).toBe(true);
    out.remove([
      [0, 2],
      [4, 7],
    ]);
    expect(out.fields()).toEqual({
      text: '漢字',
      styles: [{ start: 0, end: 2, italic: true }],
      ruby: [{ start: 0, end: 2, reading: 'かん じ' }],
    });
  });

  it('keeps readings apart: an overlapping, empty or baseless one is refused', () => {
    const out = new StyledText();
    out.append('今日は');
    expect(out.addRuby(0, 1, 'いま')).toBe(true);
    expect(out.addRuby(0, 2, 'きょう')).toBe(false);
    expect(out.addRuby(2, 3, '  ')).toBe(false);
    expect(out.addRuby(2, 2, 'は')).toBe(false);
    expect(out.fields().ruby).toEqual([{ start: 0, end: 1, reading: 'いま' }]);
  });
});
