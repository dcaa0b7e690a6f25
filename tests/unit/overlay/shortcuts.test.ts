import { describe, expect, it } from 'vitest';
import { commandFor, shortcutList, type KeyPress } from '../../../utils/overlay/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: `Key${key.toUpperCase()}`,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe('commandFor', () => {
  it.each<[string, KeyPress, string | null]>([
    ['save', press('s'), 'save'],
    ['save with the next line', press('S', { shiftKey: true }), 'save-joined'],
    ['previous line', press('a'), 'previous'],
    ['next line', press('d'), 'next'],
    ['replay', press('r'), 'replay'],
    ['auto-pause', press('p'), 'auto-pause'],
    ['guide', press('g'), 'guide'],
    ['help', press('h'), 'help'],
    ['overlay on/off', press('n'), 'toggle'],
    ['Escape', press('Escape', { code: 'Escape' }), 'close'],
    ['earlier', press('[', { code: 'BracketLeft' }), 'earlier'],
    ['later by a second', press('}', { code: 'BracketRight', shiftKey: true }), 'later-big'],
    ['reset timing', press('\\', { code: 'Backslash' }), 'reset-timing'],
    [
      'timing keys by place, whatever the layout prints',
      press('ü', { code: 'BracketLeft' }),
      'earlier',
    ],
    ['point at captions', press('C', { shiftKey: true }), 'pick'],
    ['C alone stays YouTube’s (captions on/off)', press('c'), null],
    ['Alt+C is the page’s', press('c', { altKey: true }), null],
    ['a key the overlay leaves to the page', press('k'), null],
    [
      'Shift with another letter (YouTube: Shift+N is next video)',
      press('N', { shiftKey: true }),
      null,
    ],
    ['Ctrl', press('a', { ctrlKey: true }), null],
    ['Alt', press('d', { altKey: true }), null],
  ])('%s', (_, event, expected) => {
    expect(commandFor(event, 's')).toBe(expected);
  });

  it('lets the viewer’s save key win over a letter the overlay uses', () => {
    expect(commandFor(press('a'), 'a')).toBe('save');
    expect(commandFor(press('C', { shiftKey: true }), 'c')).toBe('save-joined');
    expect(commandFor(press('Enter', { code: 'Enter' }), 'Enter')).toBe('save');
  });
});

describe('shortcutList', () => {
  it('names the viewer’s save key and marks the keys that only apply sometimes', () => {
    const list = shortcutList('q');
    expect(list[0]).toEqual({ keys: 'Q', what: 'Save the word or note under the pointer' });
    expect(list.filter((s) => s.timing).map((s) => s.keys)).toEqual(['[  ]', '\\']);
    expect(list.filter((s) => s.pick).map((s) => s.keys)).toEqual(['Shift+C']);
  });
});
