import { decodeHTMLStrict } from 'entities';
import { SubtitleParseError } from './errors';

export interface XmlElement {
  /** Qualified name as written, e.g. `tt:p` or `p`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag, for error messages. */
  line: number;
}
export type XmlNode = XmlElement | string;

/** Deeper nesting than any caption file needs; stops hostile input from exhausting the stack. */
const MAX_DEPTH = 200;

/**
 * A small, forgiving XML reader for caption files, in pure code so it runs in Node as well as
 * in the extension. It never fetches or expands anything: DOCTYPE declarations (and the entity
 * definitions they may hold) are skipped, so "billion laughs" style input costs nothing.
 * Character references are decoded with the HTML list because hand-made DFXP files use
 * `&nbsp;`; only `;`-terminated references are decoded. Mismatched end tags close up to the
 * nearest matching element, and elements left open at the end are closed.
 */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], line: 1 };
  const stack: XmlElement[] = [root];
  let pos = 0;
  let line = 1;
  const advanceTo = (next: number) => {
    for (let i = pos; i < next; i++) if (text.charCodeAt(i) === 10) line++;
    pos = next;
  };
  const top = () => stack[stack.length - 1]!;
  const skipPast = (marker: string) => {
    const end = text.indexOf(marker, pos);
    advanceTo(end === -1 ? text.length : end + marker.length);
  };

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt !== pos) {
      const end = lt === -1 ? text.length : lt;
      top().children.push(decodeHTMLStrict(text.slice(pos, end)));
      advanceTo(end);
      continue;
    }
    if (text.startsWith('<!--', pos)) skipPast('-->');
    else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos);
      top().children.push(text.slice(pos + 9, end === -1 ? text.length : end));
      skipPast(']]>');
    } else if (text.startsWith('<?', pos)) skipPast('?>');
    else if (text.startsWith('<!', pos)) skipDeclaration();
    else if (text[pos + 1] === '/') {
      const gt = text.indexOf('>', pos);
      const name = text.slice(pos + 2, gt === -1 ? text.length : gt).trim();
      const match = stack.map((e) => e.name).lastIndexOf(name);
      if (match > 0) stack.length = match;
      advanceTo(gt === -1 ? text.length : gt + 1);
    } else {
      const tag = readStartTag(text, pos);
      if (!tag) {
        // A '<' that starts no tag ("a < b" in sloppy files) is text.
        top().children.push('<');
        advanceTo(pos + 1);
        continue;
      }
      const element: XmlElement = { name: tag.name, attrs: tag.attrs, children: [], line };
      top().children.push(element);
      if (!tag.selfClosing) {
        if (stack.length > MAX_DEPTH) {
          throw new SubtitleParseError('invalid', 'elements are nested too deeply', line);
        }
        stack.push(element);
      }
      advanceTo(tag.end);
    }
  }

  const document = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!document) throw new SubtitleParseError('invalid', 'This XML file has no root element');
  return document;

  /** `<!DOCTYPE …>`, including an internal subset in brackets. */
  function skipDeclaration() {
    const bracket = text.indexOf('[', pos);
    const gt = text.indexOf('>', pos);
    if (bracket !== -1 && (gt === -1 || bracket < gt)) skipPast(']');
    skipPast('>');
  }
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s*([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

function readStartTag(
  text: string,
  start: number,
): { name: string; attrs: Record<string, string>; selfClosing: boolean; end: number } | null {
  NAME.lastIndex = start + 1;
  const name = NAME.exec(text)?.[0];
  if (!name) return null;
  const attrs: Record<string, string> = {};
  let pos = NAME.lastIndex;
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const m = ATTRIBUTE.exec(text);
    if (!m) break;
    attrs[m[1]!] = decodeHTMLStrict(m[2] ?? m[3] ?? '');
    pos = ATTRIBUTE.lastIndex;
  }
  const rest = /\s*(\/?)>/y;
  rest.lastIndex = pos;
  const close = rest.exec(text);
  if (close) return { name, attrs, selfClosing: close[1] === '/', end: rest.lastIndex };
  // Junk inside the tag: skip to its '>' and keep what was understood.
  const gt = text.indexOf('>', pos);
  if (gt === -1) return null;
  return { name, attrs, selfClosing: text[gt - 1] === '/', end: gt + 1 };
}

/** The name without its namespace prefix: `tt:p` → `p`, `tts:ruby` → `ruby`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** An attribute by local name, whatever prefix the file bound its namespace to. */
export function attribute(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attrs)) {
    if (localName(name) === local) return value;
  }
  return undefined;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}
