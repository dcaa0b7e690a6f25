import { describe, expect, it } from 'vitest';
import { SaveRequestSchema } from '../../../utils/messaging/protocol';
import {
  buildSaveRequest,
  endsSentence,
  joinLines,
  type SavePlace,
} from '../../../utils/overlay/save-request';
import type { CardView } from '../../../utils/overlay/view';
import { testNote } from '../note-fixture';

const place: SavePlace = {
  lang: 'ko',
  title: 'Episode 3 - YouTube',
  site: 'YouTube',
  url: 'https://www.youtube.com/watch?v=abc',
  timestamp: 'youtube',
  currentMs: 99_000,
};
const cue = {
  key: 't4',
  text: '우리 누나는 눈이 너무 높아서 큰일이야.',
  startMs: 83_400,
  endMs: 86_000,
  prev: '누나 결혼 언제 해?',
  next: '그러게.',
};
const base = {
  cue,
  anchor: { left: 0, top: 0, right: 10, bottom: 10 },
  saved: null,
  saving: false,
  following: null,
};
const note = testNote({
  id: 'ko.nun-i-nopda',
  headword: '눈이 높다',
  reading: 'nuni nopda',
  meaning: 'to have high standards',
});

describe('buildSaveRequest', () => {
  it('saves a note with its line, neighbours and a URL that reopens the line', () => {
    const card: CardView = {
      ...base,
      kind: 'note',
      note,
      related: [],
      surface: '눈이 너무 높아서',
    };
    const request = buildSaveRequest(card, place);
    expect(request).toEqual({
      lang: 'ko',
      term: '눈이 높다',
      surface: '눈이 너무 높아서',
      noteId: 'ko.nun-i-nopda',
      gloss: 'to have high standards',
      reading: 'nuni nopda',
      context: {
        line: cue.text,
        prev: cue.prev,
        next: cue.next,
        title: 'Episode 3 - YouTube',
        site: 'YouTube',
        url: 'https://www.youtube.com/watch?v=abc&t=83s',
        startMs: 83_400,
        endMs: 86_000,
      },
    });
    expect(SaveRequestSchema.safeParse(request).success).toBe(true);
  });

  it('saves a looked-up word under its dictionary form with the surface and gloss', () => {
    const card: CardView = {
      ...base,
      kind: 'word',
      surface: '먹었어요',
      lookup: {
        state: 'found',
        romanized: 'meokda',
        result: {
          surface: '먹었어요',
          lemma: '먹다',
          reasons: ['past', 'polite'],
          entries: [
            {
              headword: '먹다',
              variants: [],
              reading: '',
              senses: [{ glosses: ['to eat', 'to have (a meal)'], pos: ['verb'] }],
              tags: [],
            },
          ],
        },
      },
    };
    const request = buildSaveRequest(card, place);
    expect(request).toMatchObject({
      term: '먹다',
      lemma: '먹다',
      surface: '먹었어요',
      gloss: 'to eat; to have (a meal)',
      reading: 'meokda',
    });
    expect(SaveRequestSchema.safeParse(request).success).toBe(true);
  });

  it('saves an unknown word as it appears, and uses the video time for a cue without timing', () => {
    const card: CardView = {
      ...base,
      cue: { key: 'r0', text: '뭐야 이거' },
      kind: 'word',
      surface: '뭐야',
      lookup: { state: 'none' },
    };
    const request = buildSaveRequest(card, {
      ...place,
      timestamp: 'none',
      url: 'https://site.nunchi.test/v',
    });
    expect(request).toEqual({
      lang: 'ko',
      term: '뭐야',
      context: {
        line: '뭐야 이거',
        title: place.title,
        site: 'YouTube',
        url: 'https://site.nunchi.test/v',
      },
    });
  });

  it('clips overlong fields so the background never refuses a save', () => {
    const long = '가'.repeat(5000);
    const card: CardView = {
      ...base,
      cue: { ...cue, text: long, prev: long },
      kind: 'word',
      surface: long,
      lookup: { state: 'none' },
    };
    const request = buildSaveRequest(card, { ...place, title: long });
    expect(SaveRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe('saving a sentence that runs over two cues', () => {
  const first = {
    key: 't7',
    text: '엄마, 김칫국부터',
    startMs: 22_300,
    endMs: 24_000,
    prev: '어머, 눈이 높아서',
    next: '마시지 마세요.',
  };
  const card: CardView = {
    ...base,
    cue: first,
    kind: 'note',
    note: testNote({ id: 'ko.gimchitguk', headword: '김칫국부터 마시다' }),
    related: [],
    surface: '김칫국부터',
    following: { text: '마시지 마세요.', endMs: 26_500, next: '어머님, 따님 꼭' },
  };

  it('saves both lines as one, spanning both cues, with the line after as context', () => {
    const request = buildSaveRequest(card, place, card.following);
    expect(request.context).toMatchObject({
      line: '엄마, 김칫국부터 마시지 마세요.',
      prev: '어머, 눈이 높아서',
      next: '어머님, 따님 꼭',
      startMs: 22_300,
      endMs: 26_500,
    });
    expect(SaveRequestSchema.safeParse(request).success).toBe(true);
  });

  it('joins Chinese and Japanese lines without a space, and lines inside a cue too', () => {
    expect(joinLines('我们一起', '去吃饭吧', 'zh')).toBe('我们一起去吃饭吧');
    expect(joinLines('お腹が\n空いたから', 'ラーメン食べよう', 'ja')).toBe(
      'お腹が空いたからラーメン食べよう',
    );
    expect(joinLines('우리\n언니가 ', ' 눈이 높아', 'ko')).toBe('우리 언니가 눈이 높아');
  });

  it.each([
    ['끝났어.', true],
    ['진짜?', true],
    ['“그만해!”', true],
    ['いただきます。', true],
    ['好不好？」', true],
    ['그래서 우리가', false],
    ['我们一起', false],
    ['엄마, 김칫국부터', false],
  ])('%s ends a sentence: %s', (text, ends) => {
    expect(endsSentence(text)).toBe(ends);
  });
});
