// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cueText } from '../../../utils/sites/text-track-source';
import { TrackTimeline } from '../../../utils/sites/track-timeline';

type Tree = string | [string, Record<string, string>, ...Tree[]];

/** The fragment a browser's `getCueAsHTML` returns, built node by node as it would be. */
function fragment(...children: Tree[]): DocumentFragment {
  const out = document.createDocumentFragment();
  const add = (parent: Node, tree: Tree) => {
    if (typeof tree === 'string') {
      parent.appendChild(document.createTextNode(tree));
      return;
    }
    const [name, attrs, ...kids] = tree;
    const element = document.createElement(name);
    for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
    for (const kid of kids) add(element, kid);
    parent.appendChild(element);
  };
  for (const child of children) add(out, child);
  return out;
}

/** A VTTCue as Chromium exposes it: settings as properties, the tree from getCueAsHTML. */
function vttCue(tree: DocumentFragment, settings: Partial<VTTCue> = {}): TextTrackCue {
  return {
    startTime: 1,
    endTime: 2,
    id: '',
    line: 'auto',
    snapToLines: true,
    position: 'auto',
    align: 'center',
    ...settings,
    getCueAsHTML: () => tree,
  } as unknown as TextTrackCue;
}

describe('cueText (a browser cue’s tree and settings)', () => {
  it('reads italics, bold and underline from element names, over the text they hold', () => {
    const read = cueText(
      vttCue(fragment(['i', {}, '혼잣말'], ' ', ['b', {}, ['u', {}, '중요']], '해')),
    );
    expect(read).toEqual({
      text: '혼잣말 중요해',
      styles: [
        { start: 0, end: 3, italic: true },
        { start: 4, end: 6, bold: true, underline: true },
      ],
    });
  });

  it('reads each <rt> as the reading of the base before it, never as text', () => {
    const read = cueText(
      vttCue(fragment(['ruby', {}, '漢', ['rt', {}, 'かん'], '字', ['rt', {}, 'じ']], 'を読む')),
    );
    expect(read).toEqual({
      text: '漢字を読む',
      ruby: [
        { start: 0, end: 1, reading: 'かん' },
        { start: 1, end: 2, reading: 'じ' },
      ],
    });
  });

  it('keeps the voice as the speaker and takes Netflix’s inline readings out of the text', () => {
    const read = cueText(vttCue(fragment(['span', { title: ' 太郎 ' }, '明日(あした)ね'])));
    expect(read).toEqual({
      text: '明日ね',
      speaker: '太郎',
      ruby: [{ start: 0, end: 2, reading: 'あした' }],
    });
  });

  it('never takes markup from the text: a tag written as text stays text', () => {
    const read = cueText(vttCue(fragment('<i>not italic</i>')));
    expect(read).toEqual({ text: '<i>not italic</i>' });
  });

  it.each<[Partial<VTTCue>, object | undefined]>([
    [{}, undefined],
    [{ line: 0 }, { vertical: 'top' }],
    [{ line: -1 }, { vertical: 'bottom' }],
    [
      { line: 10, snapToLines: false },
      { line: 10, vertical: 'top' },
    ],
    [
      { line: 84.67, snapToLines: false, align: 'left' },
      { line: 84.67, vertical: 'bottom', align: 'start' },
    ],
    [{ position: 85 }, { align: 'end' }],
  ])('places a cue with settings %j', (settings, position) => {
    expect(cueText(vttCue(fragment('x'), settings)).position).toEqual(position);
  });

  it('reads nothing from a cue that is not a VTTCue', () => {
    expect(cueText({ startTime: 0, endTime: 1 } as TextTrackCue)).toEqual({ text: '' });
  });
});

describe('TrackTimeline carries what the cue knows to the line shown', () => {
  it('gives the shown line its styles, place and readings', () => {
    const timeline = new TrackTimeline([
      {
        text: '看板',
        startMs: 0,
        endMs: 1000,
        styles: [{ start: 0, end: 2, bold: true }],
        position: { vertical: 'top' },
        ruby: [{ start: 0, end: 2, reading: 'かんばん' }],
      },
    ]);
    expect(timeline.shown(0)).toEqual({
      key: 't0',
      text: '看板',
      startMs: 0,
      endMs: 1000,
      styles: [{ start: 0, end: 2, bold: true }],
      position: { vertical: 'top' },
      ruby: [{ start: 0, end: 2, reading: 'かんばん' }],
    });
  });
});
