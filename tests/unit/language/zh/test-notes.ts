import type { Note } from '../../../../utils/notes/schema';
import { noteMaker } from '../../note-fixture';

/** A schema-valid note for engine tests; only id, headword, forms, match and context matter. */
export const note = noteMaker('zh');

/** Chengyu, sayings, slang and frames, written in simplified unless a test needs otherwise. */
export const TEST_NOTES: Note[] = [
  note('gou-na-haozi', '狗拿耗子，多管闲事', { match: ['狗拿耗子，多管闲事', '狗拿耗子'] }),
  note('hua-she-tian-zu', '画蛇添足'),
  note('dui-niu-tan-qin', '对牛弹琴'),
  note('ren-shan-ren-hai', '人山人海'),
  note('ma-ma-hu-hu', '马马虎虎'),
  note('qi-ma-zhao-ma', '骑马找马'),
  note('yi-shi-er-niao', '一石二鸟'),
  note('luan-qi-ba-zao', '乱七八糟'),
  note('fan-er-sai', '凡尔赛', { category: 'slang' }),
  // Literal frames as the pack writes them: vinegar tasted, a melon eaten in the shade.
  note('chi-cu', '吃醋', { context: { none: ['太酸', '凉拌', '蘸'] }, category: 'slang' }),
  note('chi-gua', '吃瓜', {
    forms: ['吃瓜群众'],
    context: { none: ['瓜子', '西瓜', '树下'] },
    category: 'slang',
  }),
  note('nei-juan', '内卷', { category: 'slang' }),
  note('tang-ping', '躺平', { category: 'slang' }),
  // Real fish in a river, or 摸｜鱼缸 across a word boundary.
  note('mo-yu', '摸鱼', {
    match: ['摸鱼 !缸 !竿'],
    context: { none: ['河边', '河里', '池塘'] },
    category: 'slang',
  }),
  note('yyds', 'YYDS', { forms: ['永远的神'], category: 'slang' }),
  note('liu', '666', { category: 'slang' }),
  // Context as a pack would write it: 没关系 and 有关系 are everyday words, not 关系 the concept.
  note('guan-xi', '关系', {
    context: { none: ['没关系', '沒關係', '有关系', '有關係'] },
    category: 'social',
  }),
  note('mian-zi', '面子', { category: 'social' }),
  note('hong-bao', '红包', { category: 'holiday' }),
  // Address only as a call: the word stands alone between punctuation, spaces or line edges.
  // `+` words: 老板 is also a call when 谢谢 comes before it or an order right after it.
  note('lao-ban', '老板', {
    match: ['^老板$', '^老板娘$', '+谢谢 老板$', '^老板 +来两 +结账 !结账了'],
    category: 'address',
  }),
  note('ge', '哥', { match: ['^哥$', '^哥哥$'], category: 'address' }),
  note('qin', '亲', { match: ['^亲$'], category: 'address' }),
  // 后妈 "stepmother", not the 后 of 以后/然后 followed by 妈(妈).
  note('hou-ma', '后妈', { match: ['!以 !然 !之 后妈 !妈'], category: 'address' }),
  note('gan-bei', '干杯', { category: 'food' }),
  note('shuo-hua', '說話算話'),
  note('kai-ye-che', '開夜車'),
  note('yi-jiu', '一…就…', { category: 'life' }),
  note('yue-yue', '越…越', { category: 'life' }),
  note('lian-dou', '连…都…', { category: 'life' }),
  note('bu-jian-bu-san', '不见不散'),
  note('chu-le-zhi-wai', '除了…之外', { match: ['除了…之外', '除了…以外'], category: 'life' }),
  note('ji-xiang', '𠮷祥', { category: 'life' }),
];
