import { describe, expect, it } from 'vitest';
import { koreanEngine } from '../../../../utils/language/ko';

/** [Hangul, Revised Romanization]. Place names are the examples the 2000 system itself gives. */
const ROWS: ReadonlyArray<readonly [string, string]> = [
  // plain letters
  ['구미', 'gumi'],
  ['영동', 'yeongdong'],
  ['울산', 'ulsan'],
  ['옥천', 'okcheon'],
  ['호법', 'hobeop'],
  ['월곶', 'wolgot'],
  ['벚꽃', 'beotkkot'],
  ['한밭', 'hanbat'],
  ['팔당', 'paldang'],
  ['샛별', 'saetbyeol'],
  ['김치', 'gimchi'],
  ['소주', 'soju'],
  ['오빠', 'oppa'],
  ['언니', 'eonni'],
  ['눈치', 'nunchi'],
  ['닭', 'dak'],
  ['삶', 'sam'],
  // tensing is not marked
  ['압구정', 'apgujeong'],
  ['낙동강', 'nakdonggang'],
  ['죽변', 'jukbyeon'],
  ['합정', 'hapjeong'],
  ['막걸리', 'makgeolli'],
  ['떡볶이', 'tteokbokki'],
  // liaison
  ['백암', 'baegam'],
  ['설악', 'seorak'],
  ['한국어', 'hangugeo'],
  ['닭이', 'dalgi'],
  ['값이', 'gapsi'],
  ['앉아', 'anja'],
  ['읽어', 'ilgeo'],
  ['없어', 'eopseo'],
  // nasalisation
  ['백마', 'baengma'],
  ['국물', 'gungmul'],
  ['합니다', 'hamnida'],
  ['감사합니다', 'gamsahamnida'],
  ['먹는', 'meongneun'],
  ['있는', 'inneun'],
  // ㄹ assimilation and ㄹ after nasals/obstruents
  ['신라', 'silla'],
  ['별내', 'byeollae'],
  ['실내', 'sillae'],
  ['울릉', 'ulleung'],
  ['대관령', 'daegwallyeong'],
  ['종로', 'jongno'],
  ['왕십리', 'wangsimni'],
  ['심리', 'simni'],
  ['독립', 'dongnip'],
  ['법률', 'beomnyul'],
  // palatalisation
  ['해돋이', 'haedoji'],
  ['같이', 'gachi'],
  ['굳이', 'guji'],
  ['굳히다', 'guchida'],
  // aspiration and ㅎ
  ['좋고', 'joko'],
  ['놓다', 'nota'],
  ['잡혀', 'japyeo'],
  ['낳지', 'nachi'],
  ['좋다', 'jota'],
  ['축하해', 'chukahae'],
  ['입학', 'ipak'],
  ['깨끗하다', 'kkaekkeutada'],
  ['앉히다', 'anchida'],
  ['좋습니다', 'josseumnida'],
  ['놓는', 'nonneun'],
  ['않는', 'anneun'],
  ['좋아요', 'joayo'],
  ['싫어', 'sireo'],
  ['괜찮아', 'gwaenchana'],
  ['많이', 'mani'],
  // double finals before a consonant
  ['읽다', 'ikda'],
  ['넓다', 'neolda'],
  // words and lines
  ['안녕하세요', 'annyeonghaseyo'],
  ['사랑해', 'saranghae'],
  ['새해 복 많이 받으세요!', 'saehae bok mani badeuseyo!'],
  ['형, 오늘 내가 쏠게.', 'hyeong, oneul naega ssolge.'],
  ['ㅋㅋ 진짜?', 'ㅋㅋ jinjja?'],
  ['OK 알았어', 'OK arasseo'],
];

describe('romanize (Revised Romanization)', () => {
  it.each(ROWS)('%s → %s', (hangul, roman) => {
    expect(koreanEngine.romanize(hangul)).toBe(roman);
  });

  it('reads NFD input like NFC', () => {
    expect(koreanEngine.romanize('감사합니다'.normalize('NFD'))).toBe('gamsahamnida');
  });
});
