import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, readCues, toRecord, UsageError } from '../../../scripts/annotate';
import { readPack } from '../../../scripts/lib/pack-assets';
import { loadEngine } from '../../../utils/language/registry';
import { createAnnotator } from '../../../utils/notes/annotate';
import type { Note } from '../../../utils/notes/schema';
import { SubtitleParseError, parseSubtitles } from '../../../utils/subtitles';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/subtitles');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseCliArgs', () => {
  it.each<[string[], object]>([
    [['--lang', 'ko'], { lang: 'ko', file: undefined, categories: undefined }],
    [['--lang=zh', 'a.srt'], { lang: 'zh', file: 'a.srt' }],
    [['a.vtt', '--lang', 'ja'], { lang: 'ja', file: 'a.vtt' }],
    [['--lang', 'ko', '-'], { lang: 'ko', file: undefined }],
    [['--lang', 'ko', '--', '--odd-name.srt'], { lang: 'ko', file: '--odd-name.srt' }],
    [
      ['--lang', 'ko', '--categories', 'idiom, food'],
      { lang: 'ko', categories: new Set(['idiom', 'food']) },
    ],
    [['--categories=slang', '--lang', 'ko'], { categories: new Set(['slang']) }],
    [['--help'], { help: true }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  it.each<[string[], RegExp]>([
    [[], /--lang is required/],
    [['--lang'], /--lang needs a value/],
    [['--lang', '--categories', 'idiom'], /--lang needs a value/],
    [['--lang', 'en'], /Unknown language "en"/],
    [['--lang', 'ko', '--verbose'], /Unknown option --verbose/],
    [['--lang', 'ko', '-x'], /Unknown option -x/],
    [['--lang', 'ko', 'a.srt', 'b.srt'], /at most one FILE/],
    [['--lang', 'ko', '--categories', 'idioms'], /Unknown category "idioms"/],
    [['--lang', 'ko', '--categories', ','], /at least one category/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('readCues', () => {
  it('parses subtitle files by content and name', () => {
    expect(readCues(bytes('WEBVTT\n\n00:01.000 --> 00:02.000\n안녕'), 'x.vtt')).toEqual([
      { text: '안녕', startMs: 1000, endMs: 2000 },
    ]);
  });

  it('reads unrecognised text as plain lines, one cue per non-blank line', () => {
    expect(readCues(bytes('눈이 높다\n\n  밥 먹었어? \r\n'), 'lines.txt')).toEqual([
      { text: '눈이 높다' },
      { text: '밥 먹었어?' },
    ]);
    expect(readCues(bytes('你好'))).toEqual([{ text: '你好' }]);
  });

  it.each<[string, string | undefined]>([
    ['00:00:00.000 --> 00:00:01.000\ninvalid\n', 'no-signature.vtt'], // must not become plain text
    ['WEBVTTX\n\n00:01.000 --> 00:02.000\nx', undefined],
    ['just words', 'words.srt'],
    ['just words', 'words.json'],
    ['a --> b\nc', 'notes.txt'],
    ['PNG\0\0binary', 'image.txt'],
  ])('refuses %j named %j instead of reading it as plain text', (text, filename) => {
    expect(() => readCues(bytes(text), filename)).toThrow(SubtitleParseError);
  });
});

describe('toRecord', () => {
  const note = {
    id: 'ko.nuni-nopda',
    headword: '눈이 높다',
    forms: ['눈 높다'],
    category: 'idiom',
  } as Note;

  it('prints text, timing when known, and each mark with aliases and offsets', () => {
    const record = toRecord({ text: '눈이 높아', startMs: 5, endMs: 9, id: '1' }, [
      { note, start: 0, end: 5 },
    ]);
    expect(JSON.stringify(record)).toBe(
      '{"text":"눈이 높아","startMs":5,"endMs":9,"notes":[{"id":"ko.nuni-nopda","headword":"눈이 높다","aliases":["눈 높다"],"category":"idiom","start":0,"end":5}]}',
    );
  });

  it('leaves timing out for untimed cues', () => {
    expect(JSON.stringify(toRecord({ text: 'x' }, []))).toBe('{"text":"x","notes":[]}');
  });
});

describe('annotate CLI process', { timeout: 60_000 }, () => {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const run = (args: string[], input?: string) =>
    spawnSync(tsx, ['scripts/annotate.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

  it('prints what the extension pipeline gives for a Korean SRT file', async () => {
    const file = path.join(FIXTURES, 'drama-ko.srt');
    const result = run(['--lang', 'ko', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const [engine, pack] = await Promise.all([loadEngine('ko'), readPack('ko')]);
    const annotator = createAnnotator(engine, pack.notes);
    const expected = parseSubtitles(readFileSync(file), { filename: file }).cues.map((cue) =>
      JSON.stringify(toRecord(cue, annotator.annotate(cue.text))),
    );
    expect(result.stdout.trimEnd().split('\n')).toEqual(expected);
    // The fixture's second line holds an idiom; with no note at all the check above would be empty.
    expect(expected.some((line) => line.includes('"start"'))).toBe(true);
  });

  it('reads plain text from stdin and filters by category', () => {
    type Printed = { text: string; notes: { id: string; category: string }[] };
    const line = '오빠, 밥 먹었어?\n';
    const all = JSON.parse(run(['--lang', 'ko'], line).stdout) as Printed;
    const food = run(['--lang', 'ko', '--categories', 'food'], line);
    expect(food.status).toBe(0);
    const filtered = JSON.parse(food.stdout) as Printed;
    expect(filtered.text).toBe('오빠, 밥 먹었어?');
    // The line carries notes of more than one category, so the filter has something to drop.
    expect(new Set(all.notes.map((n) => n.category)).size).toBeGreaterThan(1);
    expect(filtered.notes).toEqual(all.notes.filter((n) => n.category === 'food'));
  });

  it.each<[string[], RegExp]>([
    [['--lang', 'ko', path.join(FIXTURES, 'broken-signature.vtt')], /Not a valid WebVTT file/],
    [
      ['--lang', 'ko', path.join(FIXTURES, 'missing.srt')],
      /Cannot read .*missing\.srt: no such file/,
    ],
    [['--lang', 'ko', '--bogus'], /Unknown option --bogus/],
  ])('exits 2 with a message and no output for %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
