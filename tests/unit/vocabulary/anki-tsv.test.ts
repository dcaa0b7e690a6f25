import { describe, expect, it } from 'vitest';
import { toAnkiTsv, tsvField } from '../../../utils/vocabulary/anki-tsv';
import { context, entry } from './fixtures';

describe('tsvField', () => {
  it.each([
    ['plain text', '밥 먹었어?', '밥 먹었어?'],
    ['empty', '', ''],
    ['a tab', 'a\tb', '"a\tb"'],
    ['a line break', '첫 줄\n둘째 줄', '"첫 줄\n둘째 줄"'],
    ['a carriage return', 'a\r\nb', '"a\r\nb"'],
    ['double quotes, doubled', 'he said "hi"', '"he said ""hi"""'],
    ['a leading #, which Anki would skip as a comment', '#맛집', '"#맛집"'],
    ['a # elsewhere', 'C#', 'C#'],
    ['markup, untouched (the file is plain text)', '<b>&amp;</b>', '<b>&amp;</b>'],
  ])('%s', (_what, value, expected) => {
    expect(tsvField(value)).toBe(expected);
  });
});

describe('toAnkiTsv', () => {
  it('starts with the header lines Anki reads, then one note per entry', () => {
    const tsv = toAnkiTsv([
      entry({
        term: '먹다',
        surface: '먹었어',
        reading: 'meokda',
        gloss: 'to eat',
        contexts: [
          context('old line', 1),
          context('밥 먹었어? 먹었어!', 2, { title: 'Ep. 3', url: 'https://a.test/v#t=61' }),
        ],
      }),
      entry({ lang: 'zh', term: '吃醋', gloss: undefined, contexts: [] }),
    ]);
    const lines = tsv.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Term\tReading\tMeaning\tSentence\tShow\tLink\tTags',
      '#tags column:7',
    ]);
    expect(lines[4]!.split('\t')).toEqual([
      '먹다',
      'meokda',
      'to eat',
      // The latest line, every occurrence of the surface form marked.
      '밥 «먹었어»? «먹었어»!',
      'Ep. 3',
      'https://a.test/v#t=61',
      'nunchi ko',
    ]);
    expect(lines[5]!.split('\t')).toEqual(['吃醋', '', '', '', '', '', 'nunchi zh']);
    expect(lines[6]).toBe('');
    expect(lines).toHaveLength(7);
  });

  it('keeps tabs and line breaks of a field inside that field', () => {
    const tsv = toAnkiTsv([
      entry({
        gloss: 'one\ttwo',
        contexts: [context('눈이 높다\n"정말"', 1, { title: '', site: 'site\there' })],
      }),
    ]);
    const row = tsv.split('\n').slice(4).join('\n');
    expect(row).toBe(
      [
        '눈이 높다',
        '',
        '"one\ttwo"',
        '"«눈이 높다»\n""정말"""',
        '"site\there"',
        'https://www.youtube.com/watch?v=abc&t=12s',
        'nunchi ko',
      ].join('\t') + '\n',
    );
    // Read back the CSV way, the row has exactly the seven fields.
    expect(readRow(row)).toEqual([
      '눈이 높다',
      '',
      'one\ttwo',
      '«눈이 높다»\n"정말"',
      'site\there',
      'https://www.youtube.com/watch?v=abc&t=12s',
      'nunchi ko',
    ]);
  });
});

/** A minimal reader of one quoted-CSV row with tab separators, as Anki parses it. */
function readRow(source: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < source.length) {
    let value = '';
    if (source[i] === '"') {
      i++;
      for (;;) {
        if (source[i] === '"' && source[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (source[i] === '"') {
          i++;
          break;
        } else value += source[i++];
      }
    } else {
      while (i < source.length && source[i] !== '\t' && source[i] !== '\n') value += source[i++];
    }
    fields.push(value);
    if (source[i] === '\n') break;
    i++; // the tab
  }
  return fields;
}
