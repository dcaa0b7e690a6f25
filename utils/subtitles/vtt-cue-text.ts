import { decodeHTML, DecodingMode } from 'entities';
import type { CueRuby, CueStyle } from './cue';
import { BOLD, ITALIC, StyledText, UNDERLINE } from './styled-text';

/**
 * What a viewer reads from a WebVTT cue: its plain text, the first voice name, and the styles
 * and readings over the text, if any.
 */
export interface VttCueText {
  text: string;
  speaker?: string;
  styles?: CueStyle[];
  ruby?: CueRuby[];
}

type Token =
  | { type: 'text'; value: string }
  | { type: 'start'; name: string; annotation: string }
  | { type: 'end'; name: string };

/** The only element names the WebVTT cue text parsing rules turn into nodes. */
const KNOWN_START_TAGS = new Set(['c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang']);
const STYLE_FLAGS: Record<string, number> = { i: ITALIC, b: BOLD, u: UNDERLINE };

/** An open `<rt>`: the base it annotates (text since the ruby or its last `<rt>`) and its text. */
interface OpenRt {
  start: number;
  end: number;
  reading: string;
}

/**
 * Runs the WebVTT cue text tokenizer and tree-building rules (W3C WebVTT, "cue text parsing
 * rules") and reads the resulting tree: text, with tags dropped and their text kept; unknown
 * tags and timestamp tags vanish; voice and lang annotations are not text. `<i>`, `<b>` and
 * `<u>` become styles over the text they hold. `<rt>` inside `<ruby>` annotates the base text
 * before it (since the ruby's start or its previous `<rt>`): its text is the reading, never
 * part of the line, including text after an unclosed `<rt>`. A ruby nested in another keeps
 * only the inner reading. Netflix's inline readings (`漢字(かんじ)`) become ruby too. Nothing
 * here ever builds HTML.
 */
export function parseVttCueText(raw: string): VttCueText {
  // The open elements, innermost last. Only the names matter.
  const open: string[] = [];
  const rubyStarts: number[] = [];
  const rts: OpenRt[] = [];
  const out = new StyledText();
  let speaker: string | undefined;

  const closeRt = () => {
    const rt = rts.pop()!;
    // Text under a nested <rt> is an annotation of an annotation: only the outermost counts.
    if (rts.length > 0) return;
    out.addRuby(rt.start, rt.end, rt.reading);
    if (rubyStarts.length) rubyStarts[rubyStarts.length - 1] = out.length;
  };
  const pop = () => {
    const name = open.pop();
    if (name === 'rt') closeRt();
    else if (name === 'ruby') rubyStarts.pop();
  };
  const flags = () => open.reduce((f, name) => f | (STYLE_FLAGS[name] ?? 0), 0);

  for (const token of tokenize(raw)) {
    const current = open[open.length - 1];
    switch (token.type) {
      case 'text':
        if (rts.length === 0) out.append(token.value, flags());
        else if (rts.length === 1) rts[0]!.reading += token.value;
        break;
      case 'start': {
        if (!KNOWN_START_TAGS.has(token.name)) break;
        // An <rt> outside <ruby> is ignored as a tag, so its text stays ordinary text.
        if (token.name === 'rt' && current !== 'ruby') break;
        open.push(token.name);
        if (token.name === 'ruby') rubyStarts.push(out.length);
        if (token.name === 'rt') {
          rts.push({ start: rubyStarts[rubyStarts.length - 1]!, end: out.length, reading: '' });
        }
        if (token.name === 'v' && speaker === undefined && token.annotation) {
          speaker = token.annotation;
        }
        break;
      }
      case 'end':
        if (current !== undefined && token.name === current) pop();
        else if (token.name === 'ruby' && current === 'rt') {
          pop();
          pop();
        }
        break;
    }
  }
  // An <rt> left open still holds its reading in the tree.
  while (open.length) pop();
  out.takeInlineReadings();
  const result: VttCueText = out.fields();
  if (speaker !== undefined) result.speaker = speaker;
  return result;
}

const isTagSpace = (c: string) => c === ' ' || c === '\t' || c === '\f';

/** The WebVTT cue text tokenizer, one token at a time. */
function* tokenize(input: string): Generator<Token> {
  let pos = 0;
  while (pos < input.length) {
    if (input[pos] !== '<') {
      const lt = input.indexOf('<', pos);
      const end = lt === -1 ? input.length : lt;
      // A text run ends only at '<', which no character reference contains, so decoding the
      // whole run at once equals the tokenizer's reference-by-reference decoding.
      yield { type: 'text', value: decodeHTML(input.slice(pos, end), DecodingMode.Legacy) };
      pos = end;
      continue;
    }
    pos++;
    const c = input[pos];
    if (c === undefined || c === '>') {
      if (c === '>') pos++;
      yield { type: 'start', name: '', annotation: '' };
    } else if (c === '/') {
      const close = input.indexOf('>', pos + 1);
      const end = close === -1 ? input.length : close;
      yield { type: 'end', name: input.slice(pos + 1, end) };
      pos = close === -1 ? end : end + 1;
    } else if (c >= '0' && c <= '9') {
      // A timestamp tag (karaoke timing) becomes an empty node when valid and is ignored when
      // not; either way it holds no text, so it is skipped up to its '>'.
      const close = input.indexOf('>', pos);
      pos = close === -1 ? input.length : close + 1;
    } else {
      const tag = readStartTag(input, pos);
      pos = tag.end;
      yield { type: 'start', name: tag.name, annotation: tag.annotation };
    }
  }
}

/**
 * The tag, start tag, class and annotation states for a start tag whose first character is at
 * `pos`. Classes are collected by the spec but only matter for styling, so they are skipped.
 */
function readStartTag(
  input: string,
  pos: number,
): { name: string; annotation: string; end: number } {
  let name = '';
  let state: 'name' | 'class' | 'annotation' = 'name';
  let annotation = '';
  // In the tag state a leading space goes straight to the annotation; '.' straight to classes.
  for (; pos < input.length; pos++) {
    const c = input[pos]!;
    if (state === 'annotation') {
      if (c === '>') return { name, annotation: cleanAnnotation(annotation), end: pos + 1 };
      annotation += c;
    } else if (c === '>') {
      return { name, annotation: '', end: pos + 1 };
    } else if (isTagSpace(c)) {
      state = 'annotation';
    } else if (c === '\n') {
      // The spec keeps a line feed that ends the name or class as the start of the annotation.
      state = 'annotation';
      annotation = c;
    } else if (c === '.') {
      state = 'class';
    } else if (state === 'name') {
      name += c;
    }
  }
  return { name, annotation: cleanAnnotation(annotation), end: pos };
}

/** Annotations are decoded, trimmed, and have whitespace runs collapsed to one space. */
function cleanAnnotation(raw: string): string {
  return decodeHTML(raw, DecodingMode.Legacy)
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim();
}
