import { describe, expect, it } from 'vitest';
import { japaneseEngine } from '../../../../utils/language/ja';

const rows: [string, string][] = [
  ['ありがとう', 'arigatou'],
  ['こんにちは', 'konnichiha'],
  ['きょう', 'kyou'],
  ['しんぶん', 'shinbun'],
  ['きって', 'kitte'],
  ['まっちゃ', 'matcha'],
  ['がっこう', 'gakkou'],
  ['せんえん', "sen'en"],
  ['きんようび', "kin'youbi"],
  ['ほんや', "hon'ya"],
  ['こんや', "kon'ya"],
  ['かんい', "kan'i"],
  ['ラーメン', 'raamen'],
  ['コーヒー', 'koohii'],
  ['ファン', 'fan'],
  ['パーティー', 'paatii'],
  ['ディズニー', 'dizunii'],
  ['ヴァイオリン', 'vaiorin'],
  ['ウォーター', 'wootaa'],
  ['チェック', 'chekku'],
  ['シェア', 'shea'],
  ['ティッシュ', 'tisshu'],
  ['ちょっと', 'chotto'],
  ['しゃしん', 'shashin'],
  ['じゃあね', 'jaane'],
  ['つなみ', 'tsunami'],
  ['ふじさん', 'fujisan'],
  ['おかあさん', 'okaasan'],
  ['おにいさん', 'oniisan'],
  ['みっつ', 'mittsu'],
  ['いっしょ', 'issho'],
  ['はっぴゃく', 'happyaku'],
  ['ぎゅうにゅう', 'gyuunyuu'],
  ['りょこう', 'ryokou'],
  ['しゅくだい', 'shukudai'],
  ['でんわ', 'denwa'],
  ['ぢ', 'ji'],
  ['づ', 'zu'],
  ['を', 'o'],
  ['ん', 'n'],
  ['あっ', 'a'],
  ['すごーい', 'sugooi'],
  ['ｶﾞﾝﾊﾞﾚ', 'ganbare'],
  ['こんにちは、せんせい。', 'konnichiha, sensei.'],
  ['東京', '東京'],
  ['日本へ', '日本he'],
  ['食べる', '食beru'],
  ['ＡＢＣ', 'ABC'],
];

describe('romanize', () => {
  it.each(rows)('%s → %s', (kana, roman) => {
    expect(japaneseEngine.romanize(kana)).toBe(roman);
  });
});
