import type { VocabEntry } from './db';
import { highlight } from './highlight';

/**
 * The saved word is marked in its line with these, not with <b>: the file says `#html:false`
 * so that Anki imports subtitle text as text (a line may well contain "<" or "&"), and markup
 * would then show literally. Guillemets rarely occur in Korean, Chinese or Japanese subtitles.
 */
const MARK_OPEN = '«';
const MARK_CLOSE = '»';

const TSV_COLUMNS = ['Term', 'Reading', 'Meaning', 'Sentence', 'Show', 'Link', 'Tags'];

/**
 * The vocabulary as a tab-separated file Anki (2.1.55 and later) imports without questions: its
 * header lines set the separator, plain text, the column names and the tags column. One note per
 * entry, with the latest line it was saved from; the link reopens that moment where the site
 * allows it. Tags: `nunchi` and the language code.
 */
export function toAnkiTsv(entries: readonly VocabEntry[]): string {
  const rows = entries.map((entry) => {
    const context = entry.contexts.at(-1);
    const sentence = context
      ? highlight(context.line, [entry.surface, entry.term, entry.lemma])
          .map((part) => (part.hit ? `${MARK_OPEN}${part.text}${MARK_CLOSE}` : part.text))
          .join('')
      : '';
    return [
      entry.term,
      entry.reading ?? '',
      entry.gloss ?? '',
      sentence,
      context ? context.title || context.site : '',
      context?.url ?? '',
      `nunchi ${entry.lang}`,
    ]
      .map(tsvField)
      .join('\t');
  });
  const header = [
    '#separator:tab',
    '#html:false',
    `#columns:${TSV_COLUMNS.join('\t')}`,
    `#tags column:${TSV_COLUMNS.indexOf('Tags') + 1}`,
  ];
  return [...header, ...rows].join('\n') + '\n';
}

/**
 * One field, quoted the CSV way when it must be: a tab or a line break inside it would otherwise
 * split the note, a double quote would open a quoted field, and a `#` at the start of a row
 * makes Anki's reader skip it as a comment. Inside quotes, `"` is doubled.
 */
export function tsvField(value: string): string {
  if (!/[\t\n\r"]|^#/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}
