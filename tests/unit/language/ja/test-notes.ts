import { NoteSchema, type Category, type Note } from '../../../../utils/notes/schema';

/** A schema-valid note for engine tests; only id, headword, forms, match and context matter. */
export function note(
  slug: string,
  headword: string,
  extra: {
    forms?: string[];
    match?: string[];
    context?: { any?: string[]; none?: string[] };
    category?: Category;
  } = {},
): Note {
  return NoteSchema.parse({
    id: `ja.${slug}`,
    headword,
    forms: extra.forms ?? [],
    ...(extra.match ? { match: extra.match } : {}),
    ...(extra.context ? { context: extra.context } : {}),
    category: extra.category ?? 'idiom',
    reading: 'test reading',
    literal: 'test literal',
    meaning: 'test meaning',
    culture: 'test culture',
    lost: 'test lost',
    usage: 'test usage',
    example: { text: headword, translation: 'test' },
    level: 'beginner',
    sources: ['Nunchi editors: test'],
  });
}

/** Expressions covering every way a pattern can end. */
export const TEST_NOTES: Note[] = [
  note('hara-ga-tatsu', '腹が立つ'),
  note('kao-ga-hiroi', '顔が広い'),
  note('ki-ni-suru', '気にする'),
  note('ki-ga-chiru', '気が散る', { match: ['気{が}散る|v5r'] }),
  note('me-ga-sameru', '目が覚める'),
  note('yatte-kuru', 'やって来る', { forms: ['やってくる'] }),
  note('kakkoii', 'かっこいい', { forms: ['格好いい'] }),
  note('saba-wo-yomu', 'サバを読む'),
  note('hame-wo-hazusu', '羽目を外す'),
  note('ura-ga-aru', '裏がある'),
  note('ishi-no-ue', '石の上にも三年'),
  note('senpai', '先輩', { match: ['先輩='], category: 'address' }),
  note('san', 'さん', { match: ['～さん'], category: 'address' }),
  note('mimi-ga-itai', '耳が痛い', { match: ['耳{が}痛い'] }),
  note('otsukaresama', 'お疲れ様', { category: 'social' }),
  note('itadakimasu', 'いただきます', { category: 'food' }),
  note('guguru', 'ググる', { category: 'slang' }),
  note('daijoubu', '大丈夫', { match: ['大丈夫|adj-na'], category: 'social' }),
  note('kuchi-ga-karui', '口が軽い'),
  note('ki-ga-okenai', '気が置けない'),
  note('ashi-wo-arau', '足を洗う'),
  note('te-wo-dasu', '手を出す'),
  note('hana-ga-takai', '鼻が高い'),
  note('ki-ni-iru', '気に入る'),
  note('itai-me-wo-miru', '痛い目を見る'),
  note('kubi-wo-tsukkomu', '首を突っ込む'),
  note('mendokusai', '面倒くさい', { category: 'slang' }),
  note('isogaba-maware', '急がば回れ', { category: 'proverb' }),
  note('mou-ii', 'もういい', { category: 'social' }),
  note('ki-ga-tsuku', '気が付く'),
  note('kimochi-warui', '気持ち悪い', { category: 'slang' }),
  note('shikata-nai', '仕方ない', { forms: ['しょうがない'], category: 'social' }),
  note('gochisousama', 'ご馳走様', { forms: ['ごちそうさま'], category: 'food' }),
  note('yoroshiku', 'よろしくお願いします', { category: 'social' }),
  note('kusatte-mo', '腐っても鯛', { category: 'proverb' }),
  note('yoku-ieru', '口を出す', { match: ['口{を}出す'] }),
  note('oni-ni-kanabou', '鬼に金棒', { category: 'proverb' }),
  note('me-ni-ireru', '目に入れても痛くない'),
  note('ochikomu', '落ち込む', { category: 'life' }),
  note('majide', 'マジで', { category: 'slang' }),
  note('ha-wo-kuishibaru', '歯を食いしばる', { match: ['歯{を}食いしばる'] }),
  note('te-wo-dasu-slot', '手を出す', { match: ['手{を}出す'] }),
  note('zamaamiro', 'ざまあみろ', { category: 'slang' }),
  note('arigatou', 'ありがとう', { category: 'social' }),
  note('sensei', 'せんせい', { category: 'address' }),
  note('obaasan', 'おばあさん', { category: 'address' }),
  note('yuuki', 'ゆうき'),
  note('kireru', 'キレる', { match: ['キレる|v1'], category: 'slang' }),
  note('dekai-kao', 'でかい顔をする', { match: ['でけえ顔{を}する', 'でかい顔{を}する'] }),
  // Fixed phrases a line may pause inside.
  note('omae-wa-mou', 'お前はもう死んでいる', { category: 'pop-culture' }),
  note('kaizokuou', '海賊王に俺はなる', { category: 'pop-culture' }),
  note('itai-no', '痛いの痛いの飛んでいけ', { forms: ['痛いの痛いの飛んでけ'], category: 'life' }),
  note('damare-kozou', '黙れ小僧', { category: 'pop-culture' }),
  note('mitame', '見た目は子供、頭脳は大人', { category: 'pop-culture' }),
  note('mentsu', 'めんつ', { category: 'social' }),
  // Adjectives said clipped: stem + small っ.
  note('kimoi', 'キモい', { category: 'slang' }),
  note('itai', '痛い'),
  note('samui', '寒い'),
  note('umai', 'うまい', { category: 'food' }),
  note('dasai', 'ダサい', { category: 'slang' }),
];
