import { describe, expect, it } from 'vitest';
import { koreanEngine } from '../../../../utils/language/ko';

/** [hovered text, expected lemma, expected reasons] */
type Row = readonly [string, string, readonly string[]];

const PREDICATES: Row[] = [
  ['먹었어요', '먹다', ['past', 'polite']],
  ['먹어', '먹다', ['casual']],
  ['먹습니다', '먹다', ['formal']],
  ['먹으면', '먹다', ['if']],
  ['먹고', '먹다', ['and']],
  ['먹지만', '먹다', ['but']],
  ['먹는', '먹다', ['adnominal']],
  ['먹을', '먹다', ['adnominal']],
  ['먹겠어요', '먹다', ['future/conjecture', 'polite']],
  ['먹어서', '먹다', ['because/so']],
  ['먹니', '먹다', ['question']],
  ['먹자', '먹다', ['suggestion']],
  ['먹어라', '먹다', ['imperative']],
  ['먹는대', '먹다', ['quotative']],
  ['먹기', '먹다', ['nominal']],
  ['먹고싶어', '먹다', ['want to', 'casual']],
  ['먹지마', '먹다', ["don't", 'casual']],
  ['먹지 않아', '먹다', ['confirming']],
  ['가셨어요', '가다', ['honorific', 'past', 'polite']],
  ['가세요', '가다', ['honorific', 'polite']],
  ['갑니다', '가다', ['formal']],
  ['갈게요', '가다', ['I will', 'polite']],
  ['갈까요', '가다', ['shall I/I wonder', 'polite']],
  ['했어요', '하다', ['past', 'polite']],
  ['공부해요', '공부하다', ['polite']],
  ['봐요', '보다', ['polite']],
  ['와서', '오다', ['because/so']],
  ['줘', '주다', ['casual']],
  ['됐어', '되다', ['past', 'casual']],
  ['마셔', '마시다', ['casual']],
  ['써요', '쓰다', ['polite']],
  ['바빠서', '바쁘다', ['because/so']],
  ['가벼워서', '가볍다', ['because/so']],
  ['추운', '춥다', ['adnominal']],
  ['도와줘', '돕다', ['for someone', 'casual']],
  ['들었어', '듣다', ['past', 'casual']],
  ['들으면', '듣다', ['if']],
  ['나았어', '낫다', ['past', 'casual']],
  ['지은', '짓다', ['adnominal']],
  ['몰라요', '모르다', ['polite']],
  ['빨라', '빠르다', ['casual']],
  ['불렀어', '부르다', ['past', 'casual']],
  ['이르렀어', '이르다', ['past', 'casual']],
  ['그래서', '그렇다', ['because/so']],
  ['그런', '그렇다', ['adnominal']],
  ['하얘', '하얗다', ['casual']],
  ['어때요', '어떻다', ['polite']],
  ['퍼', '푸다', ['casual']],
  ['산다', '살다', ['present']],
  ['사세요', '살다', ['honorific', 'polite']],
  ['압니다', '알다', ['formal']],
  ['아는', '알다', ['adnominal']],
  ['만든', '만들다', ['adnominal']],
  ['놀러', '놀다', ['in order to']],
  ['드셨어요', '드시다', ['past', 'polite']],
  ['주무세요', '주무시다', ['polite']],
  ['계세요', '계시다', ['polite']],
  ['좋아요', '좋다', ['polite']],
  ['괜찮아', '괜찮다', ['casual']],
  ['있었어요', '있다', ['past', 'polite']],
];

const SUPPLETIVE: Row[] = [
  ['드셨어요', '먹다', ['honorific', 'past', 'polite']],
  ['잡수세요', '먹다', ['honorific', 'polite']],
  ['주무세요', '자다', ['honorific', 'polite']],
  ['계세요', '있다', ['honorific', 'polite']],
  ['말씀하셨어요', '말하다', ['honorific', 'past', 'polite']],
  ['돌아가셨어요', '죽다', ['honorific', 'past', 'polite']],
  ['드릴게요', '주다', ['humble', 'I will', 'polite']],
  ['여쭤볼게요', '묻다', ['humble', 'try', 'I will', 'polite']],
  ['뵙겠습니다', '보다', ['humble', 'future/conjecture', 'formal']],
];

const NOUNS: Row[] = [
  ['학교에서', '학교', ['at/from']],
  ['학교에서도', '학교', ['at/from', 'also']],
  ['친구한테는', '친구', ['to', 'topic']],
  ['형이', '형', ['subject']],
  ['사람을', '사람', ['object']],
  ['나를', '나', ['object']],
  ['난', '나', ['topic']],
  ['널', '너', ['object']],
  ['선배님의', '선배님', ['of']],
  ['서울까지만', '서울', ['until/even', 'only']],
  ['집으로', '집', ['by/towards']],
  ['서울로', '서울', ['by/towards']],
  ['엄마랑', '엄마', ['and/with']],
  ['동생과', '동생', ['and/with']],
  ['친구들이', '친구', ['plural', 'subject']],
  ['떡이지', '떡', ['copula', 'confirming']],
  ['학생이에요', '학생', ['copula', 'polite']],
  ['의사예요', '의사', ['copula', 'polite']],
  ['떡볶이였어', '떡볶이', ['copula', 'past', 'casual']],
  ['친구야', '친구', ['copula', 'casual']],
  ['오빠도', '오빠', ['also']],
  ['민준아', '민준', ['vocative']],
  ['학생입니다', '학생', ['copula', 'formal']],
  ['나문데', '나무', ['copula', 'background']],
  ['내가', '나', ['subject']],
  ['네가', '너', ['subject']],
  ['제가', '저', ['subject']],
  ['누가', '누구', ['subject']],
  ['뭐야', '뭐', ['copula', 'casual']],
  ['거예요', '거', ['copula', 'polite']],
];

function candidates(text: string) {
  return koreanEngine.lookupCandidates(text);
}

/** The reading of the whole first eojeol with this lemma (not a shorter-prefix candidate). */
function reading(text: string, lemma: string) {
  const eojeol = text.split(' ')[0];
  return candidates(text).find((c) => c.lemma === lemma && c.surface === eojeol);
}

describe('lookupCandidates: predicates', () => {
  it.each(PREDICATES)('%s ← %s %j', (text, lemma, reasons) => {
    expect(reading(text, lemma)?.reasons).toEqual(reasons);
  });
});

describe('lookupCandidates: honorific and humble verbs lead to the plain verb', () => {
  it.each(SUPPLETIVE)('%s ← %s %j', (text, lemma, reasons) => {
    expect(reading(text, lemma)?.reasons).toEqual(reasons);
  });
});

describe('lookupCandidates: nouns with particles and the copula', () => {
  it.each(NOUNS)('%s ← %s %j', (text, lemma, reasons) => {
    expect(reading(text, lemma)?.reasons).toEqual(reasons);
  });
});

describe('lookupCandidates: shape and order', () => {
  it('offers the surface itself first, covering the whole eojeol', () => {
    const list = candidates('학교에서 공부했어');
    expect(list[0]).toEqual({ surface: '학교에서', lemma: '학교에서', reasons: [] });
    expect(list.every((c) => '학교에서'.startsWith(c.surface))).toBe(true);
  });

  it('ranks the true reading before made-up stems', () => {
    const order = (text: string) => candidates(text).map((c) => c.lemma);
    const before = (text: string, a: string, b: string) => {
      const list = order(text);
      expect(list.indexOf(a)).toBeGreaterThanOrEqual(0);
      expect(list.indexOf(a)).toBeLessThan(list.indexOf(b) === -1 ? Infinity : list.indexOf(b));
    };
    before('먹었어요', '먹다', '먹었어');
    before('학교에서', '학교', '학교에다');
    before('가벼워서', '가볍다', '가벼우다');
    before('몰라요', '모르다', '몰라다');
    before('드셨어요', '드시다', '드다');
    before('써요', '쓰다', '써다');
    expect(order('먹었어요')[1]).toBe('먹다');
  });

  it('offers shorter prefixes last, for compounds', () => {
    const list = candidates('떡볶이집');
    expect(list.at(-1)).toEqual({ surface: '떡', lemma: '떡', reasons: [] });
    expect(list.some((c) => c.surface === '떡볶이' && c.lemma === '떡볶이')).toBe(true);
  });

  it('covers the text as given when it is NFD, with NFC lemmas', () => {
    const nfd = '드셨어요 많이'.normalize('NFD');
    const list = candidates(nfd);
    const eojeol = '드셨어요'.normalize('NFD');
    expect(list.find((c) => c.lemma === '먹다')).toEqual({
      surface: eojeol,
      lemma: '먹다',
      reasons: ['honorific', 'past', 'polite'],
    });
    expect(list.every((c) => nfd.startsWith(c.surface))).toBe(true);
    expect(list.at(-1)).toEqual({ surface: '드'.normalize('NFD'), lemma: '드', reasons: [] });
  });

  it('returns nothing for text starting with punctuation or space', () => {
    expect(candidates(' 먹어')).toEqual([]);
    expect(candidates('...')).toEqual([]);
  });
});
