import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EVAL_DIR,
  formatFinding,
  main,
  normaliseName,
  parseEvalArgs,
  parseGold,
  scoreLines,
  setDir,
  type ScoredNote,
} from '../../../scripts/eval';
import { LANGUAGES } from '../../../utils/notes/schema';

const note = (id: string, headword: string, ...aliases: string[]): ScoredNote => ({
  id,
  headword,
  aliases,
});

describe('normaliseName', () => {
  it.each([
    ['눈이 높다', '눈이높다'],
    ['狗拿耗子，多管闲事', '狗拿耗子多管闲事'],
    ['ご馳走様でした！', 'ご馳走様でした'],
    ['Yyds', 'yyds'],
    ['吃一堑, 长一智…', '吃一堑长一智'],
    ['말 놓다~', '말놓다'],
    // Only the scorer's own punctuation goes: a hyphen, a middle dot or a wave dash stays.
    ['-씨', '-씨'],
    ['萌え〜', '萌え〜'],
    ['「草」', '「草」'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('composes decomposed Hangul before comparing', () => {
    expect(normaliseName('형'.normalize('NFD'))).toBe('형');
  });
});

describe('scoreLines', () => {
  it('counts hits by headword or alias, misses, false notes and extras', () => {
    const gold = [
      { text: '형, 내가 쏠게.', expect: ['형', '쏘다|내가 쏠게'] },
      { text: '你别狗拿耗子。', expect: ['狗拿耗子，多管闲事|狗拿耗子'] },
      { text: '도서관은 몇 층이에요?', expect: [] },
      { text: '눈이 높아.', expect: ['눈이 높다'] },
    ];
    const { score, findings } = scoreLines(gold, [
      [note('ko.hyeong', '형'), note('ko.ssoda', '한턱내다', '내가 쏠게'), note('ko.x', '우리')],
      [note('zh.gou', '狗拿耗子 多管闲事', '狗拿耗子')],
      [note('ko.cheung', '층')],
      [],
    ]);
    expect(score).toEqual({
      recall: 0.75,
      hit: 3,
      want: 4,
      plainLines: 1,
      falseNotesOnPlainLines: 1,
      extraNotesOnIdiomLines: 1,
      linesOut: 4,
      linesIn: 4,
    });
    expect(findings.map((f) => [f.kind, f.text, f.gold ?? f.note?.id])).toEqual([
      ['extra', '형, 내가 쏠게.', 'ko.x'],
      ['false', '도서관은 몇 층이에요?', 'ko.cheung'],
      ['miss', '눈이 높아.', '눈이 높다'],
    ]);
  });

  it('lets two gold headwords take the same note, and counts a repeated note as extra', () => {
    // The project's scorer takes the first matching note for each gold headword without
    // excluding taken ones; a note marked twice on a line therefore costs one extra.
    const { score } = scoreLines(
      [{ text: '금수저는 좋겠다. 난 흙수저인데.', expect: ['금수저', '흙수저'] }],
      [[note('ko.geum', '금수저', '흙수저'), note('ko.geum', '금수저', '흙수저')]],
    );
    expect(score).toMatchObject({ hit: 2, want: 2, extraNotesOnIdiomLines: 1 });
  });

  it('scores lines the annotator did not return as having no notes', () => {
    const { score } = scoreLines(
      [
        { text: 'a', expect: ['x'] },
        { text: 'b', expect: [] },
      ],
      [],
    );
    expect(score).toMatchObject({ recall: 0, hit: 0, want: 1, linesOut: 0, linesIn: 2 });
  });
});

describe('parseGold', () => {
  it('reads lines and skips blank ones', () => {
    expect(parseGold('{"text":"a","expect":[]}\n\n{"text":"b","expect":["x|y"]}\n', 'g')).toEqual([
      { text: 'a', expect: [] },
      { text: 'b', expect: ['x|y'] },
    ]);
  });

  it.each([
    ['{"text":"a","expect":[]}\nnot json', /^g:2: not JSON/],
    ['{"text":"a"}', /^g:1: needs/],
    ['{"text":"a","expect":[""]}', /^g:1: needs/],
  ])('rejects %j', (jsonl, message) => {
    expect(() => parseGold(jsonl, 'g')).toThrow(message);
  });
});

describe('parseEvalArgs', () => {
  it.each<[string[], ReturnType<typeof parseEvalArgs>]>([
    [[], { languages: LANGUAGES, misses: false, set: 'v1' }],
    [['--misses'], { languages: LANGUAGES, misses: true, set: 'v1' }],
    [['--lang', 'zh', '--lang=ja'], { languages: ['zh', 'ja'], misses: false, set: 'v1' }],
    [['--set', 'v2', '--lang=ko'], { languages: ['ko'], misses: false, set: 'v2' }],
    [['--set=v12'], { languages: LANGUAGES, misses: false, set: 'v12' }],
    [['--help'], 'help'],
  ])('%j', (argv, expected) => {
    expect(parseEvalArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--lang']],
    [['--lang', 'en']],
    [['--verbose']],
    [['ko.jsonl']],
    [['--set']],
    [['--set', '../v2']],
    [['--set', 'v0']],
  ])('rejects %j', (argv) => {
    expect(() => parseEvalArgs(argv)).toThrow();
  });
});

describe('formatFinding', () => {
  it('names the note of a false or extra mark and the gold of a miss', () => {
    expect(formatFinding('ko', { kind: 'miss', text: 'l', gold: 'a|b' })).toBe('miss\tko\tl\ta|b');
    expect(formatFinding('zh', { kind: 'false', text: 'l', note: note('zh.n', '龙') })).toBe(
      'false\tzh\tl\t龙 (zh.n)',
    );
  });
});

describe('the development sets', () => {
  it('keeps v1 at the top of the eval folder and later sets in their own', () => {
    expect(setDir('v1')).toBe(EVAL_DIR);
    expect(setDir('v2')).toBe(path.join(EVAL_DIR, 'v2'));
  });

  it.each(
    LANGUAGES.flatMap((lang) => [
      ['v1', lang, 200, 50],
      ['v2', lang, 250, 60],
    ]),
  )('%s %s has %i well-formed lines, %i of them plain', (set, lang, lines, plain) => {
    const gold = parseGold(
      readFileSync(path.join(setDir(set), `${lang}.jsonl`), 'utf8'),
      `${set}/${lang}.jsonl`,
    );
    expect(gold).toHaveLength(lines);
    expect(gold.filter((g) => g.expect.length === 0)).toHaveLength(plain);
    expect(new Set(gold.map((g) => g.text)).size).toBe(lines);
  });
});

describe('main', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints one score line per language run in-process, and the findings with --misses', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    expect(await main(['--lang', 'ko', '--misses'])).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    const score = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(score).toMatchObject({ lang: 'ko', linesIn: 200, linesOut: 200, plainLines: 50 });
    expect(score.want).toBeGreaterThan(150);
    const findings = lines.slice(1);
    const counted =
      (score.want as number) -
      (score.hit as number) +
      (score.falseNotesOnPlainLines as number) +
      (score.extraNotesOnIdiomLines as number);
    expect(findings).toHaveLength(counted);
    expect(findings.every((l) => /^(miss|false|extra)\tko\t[^\t]+\t[^\t]+$/.test(l))).toBe(true);
  });

  it('exits 2 with usage on a bad argument', async () => {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    expect(await main(['--lang', 'en'])).toBe(2);
    expect(err.join('')).toMatch(/--lang needs one of ko, zh, ja[\s\S]*Usage/);
  });

  it('exits 2 naming the set when a set has no file for the language', async () => {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    expect(await main(['--set', 'v999', '--lang', 'ja'])).toBe(2);
    expect(err.join('')).toBe('eval: no v999 set for ja\n');
  });
});
