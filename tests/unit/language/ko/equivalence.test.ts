import { describe, expect, it } from 'vitest';
import { koreanEngine } from '../../../../utils/language/ko';
import type { NoteHit } from '../../../../utils/language/types';
import { note } from './notes';

/*
 * The indexed matcher must find exactly what the naive reference finds. Notes and lines are
 * generated from small word lists with a fixed seed, so the run is the same every time.
 */

const NOUNS = [
  '눈',
  '입',
  '손',
  '발',
  '배',
  '형',
  '떡',
  '가방',
  '바다',
  '친구',
  '학교',
  '미역국',
  '한턱',
  '바가지',
  '새해',
  '복',
  '마음',
  '얼굴',
  '나무',
  '사람',
];
const PREDICATES = [
  '높다',
  '가볍다',
  '크다',
  '넓다',
  '아프다',
  '먹다',
  '쓰다',
  '내다',
  '가다',
  '오다',
  '보다',
  '듣다',
  '낫다',
  '모르다',
  '그렇다',
  '살다',
  '하다',
  '받다',
  '주다',
  '되다',
];
const SURFACES: Record<string, string[]> = {
  높다: ['높아', '높은', '높았어', '높으시네요'],
  가볍다: ['가벼워', '가벼운', '가볍네'],
  크다: ['커', '컸지', '큰'],
  넓다: ['넓어', '넓은'],
  아프다: ['아파', '아팠어'],
  먹다: ['먹었어', '먹자', '먹고싶어', '먹는다더니'],
  쓰다: ['써', '썼어'],
  내다: ['냈어', '낼게'],
  가다: ['가', '갔어', '간다', '가세요'],
  오다: ['와', '왔어', '와서'],
  보다: ['봐', '봤어', '볼래'],
  듣다: ['들어', '들었어'],
  낫다: ['나아', '나았어'],
  모르다: ['몰라', '모르는'],
  그렇다: ['그래', '그런', '그러네'],
  살다: ['살아', '사는', '삽니다'],
  하다: ['해', '했어', '합니다'],
  받다: ['받아', '받으세요'],
  주다: ['줘', '줬어'],
  되다: ['돼', '됐어'],
};
const PARTICLES = [
  '',
  '이',
  '가',
  '은',
  '는',
  '도',
  '만',
  '을',
  '를',
  '에서',
  '한테',
  '이야',
  '예요',
  '이라더니',
];
const GAPS = ['너무', '정말', '안', '진짜 너무', '아주 정말 너무'];
const FILLERS = ['오늘', '그냥', '뭐', '우리', '이거', '가방을', '눈물이', '형사가'];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function makeNotes() {
  const notes = [];
  for (const n of NOUNS) notes.push(note(n));
  for (const p of PREDICATES) notes.push(note(p));
  for (const n of NOUNS) {
    for (const p of PREDICATES) notes.push(note(`${n}이 ${p}`));
  }
  notes.push(
    note('한턱내다'),
    note('새해 복 많이 받으세요'),
    note('대박='),
    note('바다{}'),
    note('눈{이} 높다'),
    note('6·25 전쟁'),
    note('TMI'),
    note('!편{을} !마음{에} 드시다'),
    note('사람{!하다}'),
    note('전하{!다}'),
  );
  return notes;
}

function makeLines(count: number) {
  const r = rng(20240601);
  const lines: string[] = [];
  const particle = (n: string) => {
    const p = pick(PARTICLES, r);
    return n + p;
  };
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    const parts = 2 + Math.floor(r() * 5);
    for (let k = 0; k < parts; k++) {
      const roll = r();
      if (roll < 0.35) words.push(particle(pick(NOUNS, r)));
      else if (roll < 0.65) words.push(pick(SURFACES[pick(PREDICATES, r)]!, r));
      else if (roll < 0.8) words.push(pick(GAPS, r));
      else words.push(pick(FILLERS, r));
    }
    // Sometimes glue two words together or add punctuation, as subtitles do.
    let line = words.join(r() < 0.2 ? '' : ' ');
    if (r() < 0.3) line = line.replace(' ', ', ');
    if (r() < 0.3) line += pick(['.', '?', '!', '...'], r);
    lines.push(line);
  }
  return lines;
}

const key = (hits: NoteHit[]) =>
  hits
    .map((h) => `${h.noteId}@${h.start}-${h.end}`)
    .sort()
    .join(' ');

describe('compile and compileNaive', () => {
  const notes = makeNotes();
  const lines = makeLines(1500);
  const indexed = koreanEngine.compile(notes);
  const naive = koreanEngine.compileNaive(notes);

  it('uses a few hundred notes', () => {
    expect(notes.length).toBeGreaterThan(400);
  });

  it('return identical hits on every generated line', () => {
    let total = 0;
    const differing: string[] = [];
    for (const line of lines) {
      const a = indexed.match(line);
      total += a.length;
      if (key(a) !== key(naive.match(line))) differing.push(line);
    }
    expect(differing).toEqual([]);
    // The lines are built to hit: a comparison of two empty lists would prove nothing.
    expect(total).toBeGreaterThan(1000);
  });

  it('return identical hits on hand-written lines with NFD text and run-on words', () => {
    const handWritten = [
      '눈이 너무 높아서 큰일이야',
      '한턱 냈어요, 형이 한턱냈어',
      '새해 복 많이 받으세요!',
      '가방이 가볍네. 바다에서 놀자',
      '눈이 와서 좋다',
      '눈이높네 눈은 높지'.normalize('NFD'),
      '6·25 전쟁이 났을 때, 6.25 전쟁',
      'tmi야? TMI인데',
      '편을 드시네. 진지 드세요, 마음에 안 드세요',
      '전하께서 소식을 전하는 사람이다, 전하는 전하 전하고 전하와',
    ];
    for (const line of handWritten) expect(key(indexed.match(line))).toBe(key(naive.match(line)));
  });
});
