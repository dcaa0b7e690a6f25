/** What the overlay's keys do. */
export type Command =
  | 'save'
  | 'save-joined'
  | 'toggle'
  | 'close'
  | 'previous'
  | 'next'
  | 'replay'
  | 'auto-pause'
  | 'guide'
  | 'help'
  | 'pick'
  | 'earlier'
  | 'later'
  | 'earlier-big'
  | 'later-big'
  | 'reset-timing';

export interface Shortcut {
  keys: string;
  what: string;
  /** Only while the lines on screen can be moved (a whole track Nunchi plays). */
  timing?: boolean;
  /** Only where the viewer can point at the page's captions (sources read from the page). */
  pick?: boolean;
}

/**
 * The overlay's keys, as the help panel lists them. Letters were picked away from the players'
 * own (YouTube: k j l f m c i t, digits, < > , .; Netflix: space, arrows, f m s) and away from
 * `?`, which YouTube uses for its own help; Shift+C points at captions without taking YouTube's
 * C (captions on/off). The save key is the viewer's (options page).
 */
export function shortcutList(saveKey: string): Shortcut[] {
  const save = saveKey.length === 1 ? saveKey.toUpperCase() : saveKey;
  return [
    { keys: save, what: 'Save the word or note under the pointer' },
    { keys: `Shift+${save}`, what: 'Save it with the next line (a sentence split over two)' },
    { keys: 'A', what: 'Previous line' },
    { keys: 'D', what: 'Next line' },
    { keys: 'R', what: 'Replay this line' },
    { keys: 'P', what: 'Pause at the end of each line (on/off)' },
    { keys: 'G', what: 'Culture guide of this episode' },
    { keys: 'N', what: 'Show or hide Nunchi’s subtitles' },
    { keys: 'Shift+C', what: 'Point at the page’s captions (then click them)', pick: true },
    { keys: '[  ]', what: 'Lines 0.1 s earlier / later (Shift: 1 s)', timing: true },
    { keys: '\\', what: 'Timing back to the site’s default', timing: true },
    { keys: 'H', what: 'This help' },
    { keys: 'Esc', what: 'Close the card, guide or help' },
  ];
}

export interface KeyPress {
  key: string;
  /** Physical key: the timing keys keep their place on every keyboard layout. */
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const LETTERS: Record<string, Command> = {
  a: 'previous',
  d: 'next',
  r: 'replay',
  p: 'auto-pause',
  g: 'guide',
  h: 'help',
  n: 'toggle',
};

/** The command a key press asks for, or null (the page keeps the key). */
export function commandFor(event: KeyPress, saveKey: string): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === saveKey.toLowerCase()) return event.shiftKey ? 'save-joined' : 'save';
  if (key === 'escape') return 'close';
  switch (event.code) {
    case 'BracketLeft':
      return event.shiftKey ? 'earlier-big' : 'earlier';
    case 'BracketRight':
      return event.shiftKey ? 'later-big' : 'later';
    case 'Backslash':
      return event.shiftKey ? null : 'reset-timing';
  }
  if (event.shiftKey) return key === 'c' ? 'pick' : null;
  return LETTERS[key] ?? null;
}
