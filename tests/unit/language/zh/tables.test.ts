import { describe, expect, it } from 'vitest';
import { CHAR_READINGS, WORD_READINGS } from '../../../../utils/language/zh/data/readings';
import { TRAD_SIMP } from '../../../../utils/language/zh/data/trad-simp';

describe('generated tables', () => {
  it('pairs one BMP character with one, each traditional character once, with no chains', () => {
    expect(TRAD_SIMP.length % 2).toBe(0);
    expect(/[\ud800-\udfff]/.test(TRAD_SIMP)).toBe(false);
    const trad = new Map<string, string>();
    for (let i = 0; i < TRAD_SIMP.length; i += 2) {
      const t = TRAD_SIMP[i]!;
      expect(trad.has(t)).toBe(false);
      expect(TRAD_SIMP[i + 1]).not.toBe(t);
      trad.set(t, TRAD_SIMP[i + 1]!);
    }
    expect(trad.size).toBeGreaterThan(3000);
    for (const s of trad.values()) expect(trad.has(s)).toBe(false);
  });

  it('gives each character one default reading, in numbered pinyin', () => {
    const seen = new Set<string>();
    for (const group of CHAR_READINGS.split(' ')) {
      const m = /^([a-z:]+[1-5])(.+)$/u.exec(group);
      expect(m, group).not.toBeNull();
      for (const ch of m![2]!) {
        expect(seen.has(ch), ch).toBe(false);
        seen.add(ch);
      }
    }
    expect(seen.size).toBeGreaterThan(8000);
  });

  it('stores word readings with one slot per character', () => {
    for (const entry of WORD_READINGS.split('|')) {
      const [word, slots] = entry.split('=') as [string, string];
      const syllables = slots.split(',');
      expect(syllables.length, entry).toBe(Array.from(word).length);
      expect(
        syllables.some((s) => s !== ''),
        entry,
      ).toBe(true);
      for (const s of syllables) expect(s === '' || /^[a-z:]+[1-5]$/.test(s), entry).toBe(true);
    }
  });

  it('keeps the readings module under 250 KB', () => {
    const bytes = Buffer.byteLength(CHAR_READINGS + WORD_READINGS, 'utf8');
    expect(bytes).toBeLessThan(250_000);
  });
});
