export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Turns file bytes into text. A UTF-16 byte order mark selects UTF-16; everything else is read
 * as UTF-8, with invalid bytes becoming U+FFFD rather than failing, so a stray Latin-1 byte in
 * a subtitle costs one character instead of the whole file. The BOM stays in the text: the
 * WebVTT signature rules must see a second BOM as an error, so each parser strips exactly one.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const encoding: TextEncoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
}

/** Removes one leading U+FEFF, which every format treats as a signature rather than text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** CRLF and lone CR become LF, as every format here defines line breaks. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
