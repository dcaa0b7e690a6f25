import { decodeHTMLStrict } from 'entities';
import type { Cue } from './cue';
import { numpadPosition, readOverrideBlock, type OverridePlacement } from './ssa-override';
import { BOLD, ITALIC, StyledText, UNDERLINE } from './styled-text';

/**
 * SSA/ASS override blocks such as `{\an8}` or `{\i1}`, which SRT files borrow. A brace followed
 * by anything but a backslash (`{ \an2}`) is not an override and stays as text.
 */
const SSA_OVERRIDE = /\{\\[^}]*\}/g;

/**
 * Anything shaped like an HTML tag: `<i>`, `</font>`, `< /  i >`, `<font color="red">`,
 * `<sub>`. A `<` not followed by a letter (`<3`, `a < b`) is text. Group 1 is the slash of an
 * end tag, group 2 the tag's name.
 */
const HTML_TAG = /<\s*(\/?)\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>/g;

/** A `;`-terminated character reference: the only kind decoded (see readLooseMarkup). */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g;

const TAG_FLAGS: Record<string, number> = { i: ITALIC, b: BOLD, u: UNDERLINE };

/**
 * Text and styles from the loose HTML-ish markup of SRT and similar formats: SSA override
 * blocks dropped (their `\i1`, `\b1`, `\u1` and `\an8` kept as styles and position), then tags
 * dropped (`<i>`, `<b>`, `<u>` kept as styles; others such as `<font>` only lose their tags),
 * then character references decoded. Decoding last means `&lt;b&gt;` reads as the literal text
 * `<b>` instead of becoming a tag. Only references ending in `;` are decoded, so "AT&T" or "Q&A"
 * in dialogue stays as written. Tags are counted, not matched: a stray `</i>` ends italics.
 */
export function readLooseMarkup(source: string): Pick<Cue, 'text' | 'styles' | 'position'> {
  // 1. Override blocks out, remembering where each stood in what is left.
  const placement: OverridePlacement = {};
  const blocks: { at: number; block: string }[] = [];
  let withoutBlocks = '';
  let last = 0;
  for (const m of source.matchAll(SSA_OVERRIDE)) {
    withoutBlocks += source.slice(last, m.index);
    blocks.push({ at: withoutBlocks.length, block: m[0].slice(1, -1) });
    last = m.index + m[0].length;
  }
  withoutBlocks += source.slice(last);

  // 2. Tags out; every remaining character gets the style flags in force where it stands.
  let raw = '';
  const flags: number[] = [];
  let overrideFlags = 0;
  const depth: Record<string, number> = { i: 0, b: 0, u: 0 };
  let nextBlock = 0;
  const applyBlocksUpTo = (at: number) => {
    for (; nextBlock < blocks.length && blocks[nextBlock]!.at <= at; nextBlock++) {
      overrideFlags = readOverrideBlock(
        blocks[nextBlock]!.block,
        overrideFlags,
        placement,
        () => 0,
      );
    }
  };
  const current = () =>
    overrideFlags |
    Object.entries(depth).reduce((f, [tag, n]) => (n > 0 ? f | TAG_FLAGS[tag]! : f), 0);
  const addText = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      applyBlocksUpTo(i);
      raw += withoutBlocks[i];
      flags.push(current());
    }
  };
  last = 0;
  for (const m of withoutBlocks.matchAll(HTML_TAG)) {
    addText(last, m.index);
    applyBlocksUpTo(m.index + m[0].length - 1);
    const name = m[2]!.toLowerCase();
    if (name in depth) depth[name] = m[1] ? Math.max(0, depth[name]! - 1) : depth[name]! + 1;
    last = m.index + m[0].length;
  }
  addText(last, withoutBlocks.length);

  // 3. References decoded; a decoded character takes the style of its `&`.
  const out = new StyledText();
  last = 0;
  for (const m of raw.matchAll(REFERENCE)) {
    for (let i = last; i < m.index; i++) out.append(raw[i]!, flags[i]);
    out.append(decodeHTMLStrict(m[0]), flags[m.index]);
    last = m.index + m[0].length;
  }
  for (let i = last; i < raw.length; i++) out.append(raw[i]!, flags[i]);

  const fields: Pick<Cue, 'text' | 'styles' | 'position'> = out.fields();
  const position = placement.align === undefined ? undefined : numpadPosition(placement.align);
  if (position) fields.position = position;
  return fields;
}
