import { describe, expect, it } from 'vitest';
import { normalizeLang, primaryLanguage } from '../../../utils/tracks/lang';
import { chooseTrack, isReadableTrack, pickTrack } from '../../../utils/tracks/pick';
import type { TrackInfo } from '../../../utils/tracks/types';

describe('normalizeLang', () => {
  it.each<[unknown, string]>([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['ko-kr', 'ko'],
    ['kor', 'ko'],
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['jpn', 'ja'],
    ['zh-Hans', 'zh'],
    ['zh-Hant', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['zh-HK', 'zh'],
    ['cmn-Hans-CN', 'zh'],
    ['zho', 'zh'],
    ['en', 'en'],
    ['en-us', 'en-US'],
    ['EN_gb', 'en-GB'],
    ['pt-br', 'pt-BR'],
    ['es-419', 'es-419'],
    ['sr-latn', 'sr-Latn'],
    ['eng', 'en'],
    ['yue', 'yue'],
    [' th ', 'th'],
    ['none', 'zxx'],
    ['Off', 'zxx'],
    ['', 'und'],
    ['中文', 'und'],
    ['ko kr', 'und'],
    ['constructor', 'und'],
    [null, 'und'],
    [42, 'und'],
  ])('%j → %s', (raw, tag) => {
    expect(normalizeLang(raw)).toBe(tag);
  });

  it('primaryLanguage drops script and region', () => {
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage('ko')).toBe('ko');
  });
});

let n = 0;
function track(lang: string, extra: Partial<TrackInfo> = {}): TrackInfo {
  n++;
  return {
    site: 'viki',
    videoId: 'v1',
    lang,
    rawLang: lang,
    label: `${lang} ${n}`,
    url: `https://subs.cdn.test/${n}.vtt`,
    format: 'webvtt',
    kind: 'subtitles',
    ...extra,
  };
}

describe('isReadableTrack', () => {
  it.each<[string, TrackInfo, boolean]>([
    ['a plain track', track('ko'), true],
    ['forced', track('ko', { kind: 'forced' }), false],
    ['image-based', track('ko', { imageBased: true }), false],
    ['no subtitles', track('zxx'), false],
    ['no URL', track('ko', { url: '' }), false],
    ['not started (0 %)', track('ko', { completion: 0 }), false],
    ['segments listed', track('ko', { url: '', delivery: 'segments', segmentUrls: ['s1'] }), true],
    ['segments missing', track('ko', { delivery: 'segments', segmentUrls: [] }), false],
  ])('%s → %s', (_name, t, readable) => {
    expect(isReadableTrack(t)).toBe(readable);
  });
});

describe('pickTrack', () => {
  const koAsr = track('ko', { kind: 'asr' });
  const koCc = track('ko', { kind: 'captions' });
  const koSubs = track('ko');
  const koForced = track('ko', { kind: 'forced' });
  const koImage = track('ko', { imageBased: true });
  const en = track('en-US');
  const ptBr = track('pt-BR');
  const ptPt = track('pt-PT');
  const und = track('und');

  it.each<[string, TrackInfo[], string[], TrackInfo | null]>([
    ['human subtitles over captions over machine', [koAsr, koCc, koSubs], ['ko'], koSubs],
    ['captions over machine', [koAsr, koCc], ['ko'], koCc],
    ['machine when it is all there is', [koForced, koImage, koAsr], ['ko'], koAsr],
    ['the study language before the others', [en, koAsr], ['ko', 'en'], koAsr],
    ['the next language when the first is missing', [en, ptBr], ['ja', 'en'], en],
    ['a region-less preference matches any region', [en], ['en'], en],
    ['an exact region first', [ptPt, ptBr], ['pt-BR'], ptBr],
    ['preferences are normalised', [koSubs], ['ko-KR'], koSubs],
    ['forced and image-only never', [koForced, koImage], ['ko'], null],
    ['unknown language as the last resort', [en, und], ['ko'], und],
    ['nothing suitable', [en], ['ko'], null],
    ['no tracks', [], ['ko'], null],
  ])('%s', (_name, tracks, preferred, expected) => {
    expect(pickTrack(tracks, preferred)).toBe(expected);
  });

  it('prefers the most complete of equal tracks (community subtitles)', () => {
    const half = track('ko', { completion: 55 });
    const full = track('ko', { completion: 100 });
    const empty = track('ko', { completion: 0 });
    expect(pickTrack([empty, half, full], ['ko'])).toBe(full);
    expect(pickTrack([empty, half], ['ko'])).toBe(half);
  });
});

describe('chooseTrack: which language, when a video offers several', () => {
  const ko = track('ko');
  const zh = track('zh');
  const ja = track('ja');
  const en = track('en-US');
  const of = (t: TrackInfo, extra: Partial<TrackInfo>): TrackInfo => ({ ...t, ...extra });

  it.each<[string, TrackInfo[], string[], TrackInfo | null]>([
    ['the viewer’s order when nothing else is known', [ko, zh], ['ko', 'zh', 'ja'], ko],
    ['the viewer’s order, Chinese first', [ko, zh], ['zh', 'ko', 'ja'], zh],
    [
      'a Chinese drama offering Korean subtitles is read in Chinese',
      [of(ko, { originalLang: 'zh' }), of(zh, { originalLang: 'zh' })],
      ['ko', 'zh', 'ja'],
      of(zh, { originalLang: 'zh' }),
    ],
    [
      'the original language only when the viewer reads it',
      [of(ko, { originalLang: 'th' }), of(zh, { originalLang: 'th' })],
      ['ko', 'zh'],
      of(ko, { originalLang: 'th' }),
    ],
    [
      'the original language only when it has a readable track',
      [of(ko, { originalLang: 'ja' }), of(ja, { originalLang: 'ja', imageBased: true })],
      ['ko', 'zh', 'ja'],
      of(ko, { originalLang: 'ja' }),
    ],
    [
      'the player’s selected track before the original language',
      [of(zh, { originalLang: 'zh' }), of(ko, { originalLang: 'zh', selected: true })],
      ['zh', 'ko'],
      of(ko, { originalLang: 'zh', selected: true }),
    ],
    [
      'a selected track in a language the viewer does not read counts for nothing',
      [of(en, { selected: true }), ko],
      ['ko'],
      ko,
    ],
    [
      'a selected track that cannot be read counts for nothing',
      [of(ko, { selected: true, url: '' }), zh],
      ['ko', 'zh'],
      zh,
    ],
    ['nothing the viewer reads', [en], ['ko', 'zh'], null],
  ])('%s', (_name, tracks, preferred, expected) => {
    expect(chooseTrack(tracks, preferred)).toEqual(expected);
  });
});
