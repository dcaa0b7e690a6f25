import { decodeHTMLStrict } from 'entities';

/**
 * SSA/ASS override blocks such as `{\an8}` or `{\i1}`, which SRT files borrow. A brace followed
 * by anything but a backslash (`{ \an2}`) is not an override and stays as text.
 */
const SSA_OVERRIDE = /\{\\[^}]*\}/g;

/**
 * Anything shaped like an HTML tag: `<i>`, `</font>`, `< /  i >`, `<font color="red">`,
 * `<sub>`. A `<` not followed by a letter (`<3`, `a < b`) is text.
 */
const HTML_TAG = /<\s*\/?\s*[A-Za-z][^<>]*>/g;

/**
 * Plain text from the loose HTML-ish markup of SRT and similar formats: tags and SSA override
 * blocks dropped, then character references decoded. Decoding last means `&lt;b&gt;` reads as
 * the literal text `<b>` instead of becoming a tag. Only references ending in `;` are decoded,
 * so "AT&T" or "Q&A" in dialogue stays as written.
 */
export function stripLooseMarkup(text: string): string {
  return decodeHTMLStrict(text.replace(SSA_OVERRIDE, '').replace(HTML_TAG, ''));
}
