import { describe, expect, it } from 'vitest';
import { japaneseEngine } from '../../../../utils/language/ja';
import { TEST_NOTES } from './test-notes';

const matcher = japaneseEngine.compile(TEST_NOTES);

/** The matched text of every hit for a note, in line order. */
function matched(line: string, slug: string): string[] {
  return matcher
    .match(line)
    .filter((h) => h.noteId === `ja.${slug}`)
    .map((h) => line.slice(h.start, h.end));
}

/** [note slug, line, the text the note must cover] */
const positives: [string, string, string][] = [
  ['nanji', 'なんじに来るの？', 'なんじ'],
  ['nanji', 'なんじじゃないよ', 'なんじ'],
  ['hara-ga-tatsu', '本当に腹が立った', '腹が立った'],
  ['hara-ga-tatsu', '腹立つわ', '腹立つ'],
  ['hara-ga-tatsu', '別に腹も立たないよ', '腹も立たない'],
  ['hara-ga-tatsu', '腹は立ちませんでした', '腹は立ちませんでした'],
  ['hara-ga-tatsu', '腹が立ってしょうがない', '腹が立って'],
  ['hara-ga-tatsu', '腹が立ちすぎて眠れない', '腹が立ちすぎて'],
  ['hara-ga-tatsu', 'あいつには腹が立つー！', '腹が立つ'],
  ['hara-ga-tatsu', '腹が　立った', '腹が　立った'],
  ['kao-ga-hiroi', 'あいつの顔が広くて助かった', '顔が広くて'],
  ['kao-ga-hiroi', '顔が広かったなあ', '顔が広かった'],
  ['kao-ga-hiroi', '顔は広くない', '顔は広くない'],
  ['kao-ga-hiroi', '先輩は顔が広いですね', '顔が広いです'],
  ['ki-ni-suru', '気にしないで', '気にしないで'],
  ['ki-ni-suru', '気にしなくていい', '気にしなくて'],
  ['ki-ni-suru', 'そんなこと気にすんな', '気にすんな'],
  ['ki-ni-suru', 'ずっと気にしてたんだ', '気にしてた'],
  ['ki-ga-chiru', '気が散って集中できない', '気が散って'],
  ['ki-ga-chiru', '気が散っちゃう', '気が散っちゃう'],
  ['ki-ga-chiru', 'テレビで気が散らない？', '気が散らない'],
  ['ki-ga-chiru', '気も散るよね', '気も散る'],
  ['me-ga-sameru', 'やっと目が覚めたよ', '目が覚めた'],
  ['me-ga-sameru', '目が覚めない', '目が覚めない'],
  ['me-ga-sameru', '朝まで目が覚めなかった', '目が覚めなかった'],
  ['yatte-kuru', '夏がやって来た', 'やって来た'],
  ['yatte-kuru', '彼はやってこなかった', 'やってこなかった'],
  ['yatte-kuru', 'もうすぐやってきます', 'やってきます'],
  ['yatte-kuru', '誰もやって来ない', 'やって来ない'],
  ['kakkoii', 'この車かっこいい！', 'かっこいい'],
  ['kakkoii', '昨日の先輩、かっこよかった', 'かっこよかった'],
  ['kakkoii', 'それ全然かっこよくない', 'かっこよくない'],
  ['kakkoii', 'カッコいいじゃん', 'カッコいい'],
  ['kakkoii', 'ｶｯｺｲｲ!', 'ｶｯｺｲｲ'],
  ['kakkoii', '格好よかったです', '格好よかったです'],
  ['saba-wo-yomu', '年齢のサバを読んでる', 'サバを読んでる'],
  ['saba-wo-yomu', 'さばを読んだでしょ', 'さばを読んだ'],
  ['hame-wo-hazusu', '昨日は羽目を外しすぎた', '羽目を外しすぎた'],
  ['hame-wo-hazusu', '今夜は羽目を外そう', '羽目を外そう'],
  ['ura-ga-aru', 'この話、裏があるに違いない', '裏がある'],
  ['ura-ga-aru', '何か裏がありそう', '裏がありそう'],
  ['ura-ga-aru', '裏がなかった', '裏がなかった'],
  ['ishi-no-ue', '石の上にも三年だよ', '石の上にも三年'],
  ['senpai', '先輩、おはようございます', '先輩'],
  ['san', '田中さん、こっち', 'さん'],
  ['mimi-ga-itai', 'それは耳が痛い話だ', '耳が痛い'],
  ['mimi-ga-itai', '耳は痛かったけど', '耳は痛かった'],
  ['mimi-ga-itai', '耳痛いなあ', '耳痛い'],
  ['mimi-ga-itai', '耳が痛え', '耳が痛え'],
  ['otsukaresama', 'お疲れ様でした', 'お疲れ様'],
  ['itadakimasu', 'いただきます！', 'いただきます'],
  ['guguru', 'ググった？', 'ググった'],
  ['guguru', 'ググれよ', 'ググれよ'],
  ['guguru', 'ぐぐってみて', 'ぐぐってみて'],
  ['daijoubu', '大丈夫だった？', '大丈夫だった'],
  ['daijoubu', '大丈夫じゃない', '大丈夫じゃない'],
  ['daijoubu', '大丈夫', '大丈夫'],
  ['kuchi-ga-karui', 'あいつは口が軽すぎる', '口が軽すぎる'],
  ['ki-ga-okenai', '気が置けない友達', '気が置けない'],
  ['ashi-wo-arau', 'もう足を洗った', '足を洗った'],
  ['ashi-wo-arau', '足を洗いたい', '足を洗いたい'],
  ['ashi-wo-arau', '早く足を洗わなきゃ', '足を洗わなきゃ'],
  ['te-wo-dasu', '俺の女に手を出すな', '手を出すな'],
  ['te-wo-dasu', '手を出さないで', '手を出さないで'],
  ['te-wo-dasu', 'つい手を出しちゃった', '手を出しちゃった'],
  ['hana-ga-takai', '息子が合格して鼻が高かった', '鼻が高かった'],
  ['ki-ni-iru', 'このシャツ気に入った', '気に入った'],
  ['ki-ni-iru', '気に入らない', '気に入らない'],
  ['ki-ni-iru', 'とても気に入りました', '気に入りました'],
  ['ki-ni-iru', 'ずっと気に入ってる', '気に入ってる'],
  ['itai-me-wo-miru', '痛い目を見たな', '痛い目を見た'],
  ['itai-me-wo-miru', '痛い目を見るぞ', '痛い目を見る'],
  ['kubi-wo-tsukkomu', '余計なことに首を突っ込んだ', '首を突っ込んだ'],
  ['kubi-wo-tsukkomu', '首を突っ込むな', '首を突っ込むな'],
  ['mendokusai', 'あー面倒くせえ', '面倒くせえ'],
  ['mendokusai', '面倒くさかった', '面倒くさかった'],
  ['isogaba-maware', '急がば回れって言うだろ', '急がば回れ'],
  ['mou-ii', 'もういいよ', 'もういい'],
  ['mou-ii', 'もうよくない？', 'もうよくない'],
  ['ki-ga-tsuku', 'やっと気が付いた', '気が付いた'],
  ['ki-ga-tsuku', '気付いたら朝だった', '気付いたら'],
  ['ki-ga-tsuku', '誰も気は付かない', '気は付かない'],
  ['kimochi-warui', 'うわ、気持ち悪い', '気持ち悪い'],
  ['kimochi-warui', '気持ち悪かった', '気持ち悪かった'],
  ['me-ga-sameru', '目が覚めやすい', '目が覚めやすい'],
  ['shikata-nai', '仕方ないね', '仕方ない'],
  ['shikata-nai', '仕方なかったんだ', '仕方なかった'],
  ['shikata-nai', 'しょうがねえな', 'しょうがねえ'],
  ['gochisousama', 'ごちそうさまでした', 'ごちそうさま'],
  ['gochisousama', 'ご馳走様', 'ご馳走様'],
  ['yoroshiku', 'よろしくお願いします！', 'よろしくお願いします'],
  ['kusatte-mo', '腐っても鯛だな', '腐っても鯛'],
  ['yoku-ieru', '口出すなよ', '口出すな'],
  ['yoku-ieru', '口を出さないで', '口を出さないで'],
  ['oni-ni-kanabou', 'あの二人が組めば鬼に金棒だ', '鬼に金棒'],
  ['ochikomu', 'そんなに落ち込まないで', '落ち込まないで'],
  ['ochikomu', '落ち込んでる', '落ち込んでる'],
  ['majide', 'マジでやばい', 'マジで'],
  ['majide', 'まじで？', 'まじで'],
  ['ha-wo-kuishibaru', '歯ぁ食いしばれ！', '歯ぁ食いしばれ'],
  ['ha-wo-kuishibaru', '歯ー食いしばって耐えた', '歯ー食いしばって'],
  ['ha-wo-kuishibaru', '歯を食いしばれ', '歯を食いしばれ'],
  ['te-wo-dasu-slot', 'うちの妹に手ぇ出すな', '手ぇ出すな'],
  ['te-wo-dasu-slot', '手ぇ出したら許さねえ', '手ぇ出したら'],
  ['ki-ni-suru', '気にすんじゃねえ', '気にすんじゃ'],
  ['ki-ni-suru', '何をそんなに気にすんの？', '気にすんの'],
  ['ki-ni-suru', 'いつまで気にすんだよ', '気にすんだ'],
  ['dekai-kao', 'でけえ顔すんじゃねえ', 'でけえ顔すんじゃ'],
  ['dekai-kao', 'でかい顔をするな', 'でかい顔をするな'],
  ['kireru', 'あいつマジでキレた', 'キレた'],
  ['kireru', 'キレそう', 'キレそう'],
  ['kireru', 'キレ、泣き、笑った', 'キレ'],
  ['kireru', '急にキレ出した', 'キレ'],
  ['kireru', 'キレ！', 'キレ'],
  ['kireru', 'キレます', 'キレます'],
  // A long vowel written out in a pattern matches ー and small vowels in the line.
  ['zamaamiro', 'ざまぁみろ！', 'ざまぁみろ'],
  ['zamaamiro', 'ざまーみろ', 'ざまーみろ'],
  ['zamaamiro', 'ザマーミロ', 'ザマーミロ'],
  ['zamaamiro', 'ザマァミロ', 'ザマァミロ'],
  ['zamaamiro', 'ざまあみろ', 'ざまあみろ'],
  ['shikata-nai', 'しょーがない', 'しょーがない'],
  ['shikata-nai', 'しょぉがねえな', 'しょぉがねえ'],
  ['shikata-nai', 'ショーガナイ', 'ショーガナイ'],
  ['arigatou', 'ありがとー！', 'ありがとー'],
  ['arigatou', 'ありがとぉ', 'ありがとぉ'],
  ['arigatou', 'アリガトー', 'アリガトー'],
  ['arigatou', 'ありがとーございます', 'ありがとー'],
  ['sensei', 'せんせー！', 'せんせー'],
  ['sensei', 'センセー', 'センセー'],
  ['obaasan', 'おばーさん', 'おばーさん'],
  ['yuuki', 'ゆーきを出して', 'ゆーき'],
  // A pause (、 … ！ ？ and their ASCII, half- and full-width forms) inside a fixed phrase.
  ['omae-wa-mou', 'お前はもう……死んでいる。', 'お前はもう……死んでいる'],
  ['omae-wa-mou', 'お前はもう…死んでいる', 'お前はもう…死んでいる'],
  ['omae-wa-mou', 'お前はもう...死んでいる', 'お前はもう...死んでいる'],
  ['omae-wa-mou', 'お前はもう‥死んでいる', 'お前はもう‥死んでいる'],
  ['omae-wa-mou', 'お前は、もう死んでいる', 'お前は、もう死んでいる'],
  ['omae-wa-mou', 'お前は、もう、死んでいる！', 'お前は、もう、死んでいる'],
  ['omae-wa-mou', 'お前は　もう　死んでいる', 'お前は　もう　死んでいる'],
  ['omae-wa-mou', 'お前はもう死んでいる', 'お前はもう死んでいる'],
  ['kaizokuou', '海賊王に、俺はなる！', '海賊王に、俺はなる'],
  ['kaizokuou', '海賊王に…俺はなる', '海賊王に…俺はなる'],
  ['kaizokuou', '海賊王に､俺はなる', '海賊王に､俺はなる'],
  ['kaizokuou', '海賊王に，俺はなった', '海賊王に，俺はなった'],
  ['itai-no', '痛いの痛いの、飛んでいけー！', '痛いの痛いの、飛んでいけ'],
  ['itai-no', '痛いの、痛いの、飛んでけ', '痛いの、痛いの、飛んでけ'],
  ['itai-no', '痛いの痛いの飛んでいけ', '痛いの痛いの飛んでいけ'],
  ['damare-kozou', '黙れ！小僧！', '黙れ！小僧'],
  ['damare-kozou', '黙れ!!小僧', '黙れ!!小僧'],
  ['damare-kozou', '黙れ？！小僧', '黙れ？！小僧'],
  ['damare-kozou', '黙れ、小僧', '黙れ、小僧'],
  ['mitame', '見た目は子供、頭脳は大人', '見た目は子供、頭脳は大人'],
  ['mitame', '見た目は子供！頭脳は大人！', '見た目は子供！頭脳は大人'],
  ['mitame', '見た目は子供頭脳は大人', '見た目は子供頭脳は大人'],
  // The clipped exclamation: adjective stem + っ closing a phrase, the っ part of the hit.
  ['kimoi', 'キモっ', 'キモっ'],
  ['kimoi', 'キモっ！', 'キモっ'],
  ['kimoi', '「キモっ」', 'キモっ'],
  ['kimoi', 'うわ、キモっ', 'キモっ'],
  ['kimoi', 'キモっ 何これ', 'キモっ'],
  ['kimoi', 'ｷﾓｯ', 'ｷﾓｯ'],
  ['kimoi', 'きもっ', 'きもっ'],
  ['kimoi', 'キモい', 'キモい'],
  ['itai', '痛っ', '痛っ'],
  ['itai', '痛っ！何すんだよ', '痛っ'],
  ['samui', '寒っ、今日', '寒っ'],
  ['umai', 'うまっ', 'うまっ'],
  ['umai', 'ウマっ！', 'ウマっ'],
  ['dasai', 'ダサっ', 'ダサっ'],
  ['dasai', 'ださっ…', 'ださっ'],
];

describe('match: positives', () => {
  it.each(positives)('%s in %s → %s', (slug, line, text) => {
    expect(matched(line, slug)).toContain(text);
  });
});

/** [note slug, line]: the note must not fire. */
const negatives: [string, string][] = [
  // a match never ends before the small ゃ/ゅ/ょ of the syllable it would cut (ま|じゃ)
  ['nanji', 'なんじゃこりゃ'],
  ['nanji', 'なんじょうぶだ'],
  ['kao-ga-hiroi', '顔が広場に見える'],
  ['kao-ga-hiroi', '顔が広報に出た'],
  ['hara-ga-tatsu', '腹が立派だね'],
  ['hara-ga-tatsu', '腹が立'],
  ['hara-ga-tatsu', '腹が立方体'],
  ['ki-ni-suru', 'この服、気に入った'],
  ['ki-ga-chiru', '気が散ない'],
  ['me-ga-sameru', '目が覚醒した'],
  ['te-wo-dasu', '手を出席させる'],
  ['ura-ga-aru', '裏があ'],
  ['ashi-wo-arau', '足を洗濯機に入れた'],
  ['guguru', 'ググ'],
  ['itadakimasu', 'いただきました'],
  ['kakkoii', '変なかっこうだね'],
  ['kakkoii', 'かっこ書きで'],
  ['kuchi-ga-karui', '口が軽食を'],
  ['kuchi-ga-karui', '口の軽い男'],
  ['hana-ga-takai', '鼻が高校生'],
  ['hana-ga-takai', '鼻高々'],
  ['saba-wo-yomu', 'サバ読んだ'],
  ['itai-me-wo-miru', '痛い目見た'],
  ['mou-ii', 'もう少し待って'],
  ['mou-ii', 'もういちど'],
  ['mendokusai', 'めんどくさい'],
  ['ki-ga-okenai', '気の置けない仲間'],
  ['yatte-kuru', 'やってくれ'],
  ['yatte-kuru', 'やってみる'],
  ['ki-ga-tsuku', '気が付'],
  ['kubi-wo-tsukkomu', '首を突く'],
  ['majide', 'マジ'],
  ['shikata-nai', '仕方'],
  ['ochikomu', '落ち込'],
  ['daijoubu', '大丈'],
  ['mimi-ga-itai', '耳が痛恨'],
  ['senpai', '先'],
  ['ha-wo-kuishibaru', '歯ぁ'],
  ['te-wo-dasu-slot', '手ぇ出席'],
  ['te-wo-dasu-slot', '手ぇ抜くな'],
  ['ki-ni-suru', '気にすん'],
  ['ki-ni-suru', '気にすんごい'],
  ['dekai-kao', 'でけえ顔すんで'],
  ['kireru', 'きれいな花だね。'],
  ['kireru', 'きれいだ'],
  ['kireru', 'キレイ'],
  ['kireru', 'これきりだ'],
  ['zamaamiro', 'ざまみろ'],
  ['shikata-nai', 'しょがない'],
  ['arigatou', 'ありがとお'],
  ['sensei', 'せんせえ'],
  ['obaasan', 'おばさん'],
  ['yuuki', 'ゆきが降る'],
  ['me-ga-sameru', '目が覚めかけ'],
  // 。 ends a sentence: a phrase is not pieced together across it.
  ['omae-wa-mou', 'お前はもう。死んでいる'],
  ['kaizokuou', '海賊王に。俺はなる'],
  ['damare-kozou', '黙れ。小僧'],
  ['damare-kozou', '黙れ｡小僧'],
  // Other marks are not pauses.
  ['damare-kozou', '黙れ「小僧」'],
  ['damare-kozou', '黙れ・小僧'],
  // A pause neither starts nor ends the fixed part, nor splits off fewer than two characters.
  ['damare-kozou', '黙、れ小僧'],
  ['damare-kozou', '黙れ小、僧'],
  ['mentsu', 'ごめん、つい'],
  ['mentsu', 'めん、つ'],
  ['hara-ga-tatsu', '腹が、立った'],
  // No っ, or a っ with kana after it: not the clipped exclamation.
  ['kimoi', 'きもち'],
  ['kimoi', '気持ちいい'],
  ['kimoi', 'キモ'],
  ['kimoi', 'キモって言うな'],
  ['kimoi', 'きもったま'],
  ['itai', '痛って'],
  ['samui', '寒ったら'],
  ['umai', 'うまった'],
  ['dasai', 'ダサ'],
];

describe('match: negatives', () => {
  it.each(negatives)('%s does not fire on %s', (slug, line) => {
    expect(matched(line, slug)).toEqual([]);
  });
});

describe('match: offsets', () => {
  it('reports offsets into the original line across NFKC and elongation', () => {
    const line = 'えっ、ｶｯｺｲｲ！';
    const [hit] = matcher.match(line);
    expect(hit).toMatchObject({ noteId: 'ja.kakkoii', start: 3, end: 8 });
  });

  it('covers an elongated vowel inside the match', () => {
    const line = 'すごく腹が立つーーー';
    const hits = matcher.match(line).filter((h) => h.noteId === 'ja.hara-ga-tatsu');
    expect(hits.map((h) => line.slice(h.start, h.end))).toEqual(['腹が立つ']);
  });

  it('keeps a combining voicing mark with its kana', () => {
    const line = 'まし\u3099て\u3099'; // まじで spelled with combining marks
    const [hit] = matcher.match(line);
    expect(hit).toMatchObject({ noteId: 'ja.majide', start: 0, end: line.length });
  });

  it('covers the pauses inside a match, not those after it', () => {
    const line = '「お前はもう……死んでいる。」';
    const hits = matcher.match(line).filter((h) => h.noteId === 'ja.omae-wa-mou');
    expect(hits.map((h) => [h.start, h.end])).toEqual([[1, 13]]);
    const kaizoku = '海賊王に、俺はなる！';
    expect(matcher.match(kaizoku)).toEqual([{ noteId: 'ja.kaizokuou', start: 0, end: 9 }]);
  });

  it('covers the っ that clipped an adjective', () => {
    expect(matcher.match('えっ、キモっ！')).toEqual([{ noteId: 'ja.kimoi', start: 3, end: 6 }]);
  });

  it('returns hits sorted by position', () => {
    const hits = matcher.match('腹が立つし、顔が広いし、気にしないで');
    expect(hits.map((h) => h.noteId)).toEqual([
      'ja.hara-ga-tatsu',
      'ja.kao-ga-hiroi',
      'ja.ki-ni-suru',
    ]);
  });
});
