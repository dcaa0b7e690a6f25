import { describe, expect, it } from 'vitest';
import { chineseEngine } from '../../../../utils/language/zh';
import { TEST_NOTES } from './test-notes';

const matcher = chineseEngine.compile(TEST_NOTES);

/** The matched text of every hit for a note, in line order. */
function matched(line: string, slug: string): string[] {
  return matcher
    .match(line)
    .filter((h) => h.noteId === `zh.${slug}`)
    .map((h) => line.slice(h.start, h.end));
}

/** [note slug, line, the text of the line the note must cover] */
const positives: [string, string, string][] = [
  // Plain chengyu anywhere in a line.
  ['hua-she-tian-zu', '你这么做就是画蛇添足。', '画蛇添足'],
  ['hua-she-tian-zu', '画蛇添足', '画蛇添足'],
  ['hua-she-tian-zu', '别画蛇添足了', '画蛇添足'],
  ['hua-she-tian-zu', '再改就画蛇添足啦！', '画蛇添足'],
  ['dui-niu-tan-qin', '跟他讲道理简直是对牛弹琴', '对牛弹琴'],
  ['dui-niu-tan-qin', '对牛弹琴！', '对牛弹琴'],
  ['ren-shan-ren-hai', '国庆节景区人山人海', '人山人海'],
  ['ren-shan-ren-hai', '外面人山人海的，别去了', '人山人海'],
  ['ma-ma-hu-hu', '最近过得马马虎虎吧', '马马虎虎'],
  ['ma-ma-hu-hu', '你做事别这么马马虎虎的', '马马虎虎'],
  ['qi-ma-zhao-ma', '他这是骑马找马，先干着再说', '骑马找马'],
  ['yi-shi-er-niao', '这招一石二鸟', '一石二鸟'],
  ['luan-qi-ba-zao', '房间乱七八糟的', '乱七八糟'],
  ['luan-qi-ba-zao', '别说这些乱七八糟的话', '乱七八糟'],
  ['bu-jian-bu-san', '明天七点，不见不散！', '不见不散'],
  ['bu-jian-bu-san', '老地方不见不散', '不见不散'],
  // Slang.
  ['fan-er-sai', '你又在凡尔赛了', '凡尔赛'],
  ['fan-er-sai', '这条朋友圈太凡尔赛了吧', '凡尔赛'],
  ['chi-cu', '你是不是吃醋了？', '吃醋'],
  ['chi-cu', '他吃醋吃得很厉害', '吃醋'],
  ['chi-gua', '我就是来吃瓜的', '吃瓜'],
  ['chi-gua', '吃瓜群众表示看不懂', '吃瓜群众'],
  ['nei-juan', '这个行业太内卷了', '内卷'],
  ['tang-ping', '我决定躺平了', '躺平'],
  ['mo-yu', '上班摸鱼被老板发现了', '摸鱼'],
  ['yyds', '这家火锅YYDS！', 'YYDS'],
  ['yyds', '这家火锅yyds', 'yyds'],
  ['yyds', '周杰伦永远的神', '永远的神'],
  ['liu', '这操作太666了', '666'],
  ['guan-xi', '没关系', '关系'],
  ['guan-xi', '他在这边很有关系', '关系'],
  ['mian-zi', '给我点面子', '面子'],
  ['hong-bao', '过年收了好多红包', '红包'],
  ['lao-ban', '老板，再来一碗', '老板'],
  ['gan-bei', '来，干杯！', '干杯'],
  // Traditional subtitles, simplified patterns.
  ['hua-she-tian-zu', '你這麼做就是畫蛇添足。', '畫蛇添足'],
  ['dui-niu-tan-qin', '跟他講道理簡直是對牛彈琴', '對牛彈琴'],
  ['ma-ma-hu-hu', '最近過得馬馬虎虎吧', '馬馬虎虎'],
  ['qi-ma-zhao-ma', '他這是騎馬找馬', '騎馬找馬'],
  ['yi-shi-er-niao', '這招一石二鳥', '一石二鳥'],
  ['luan-qi-ba-zao', '房間亂七八糟的', '亂七八糟'],
  ['bu-jian-bu-san', '明天七點，不見不散！', '不見不散'],
  ['fan-er-sai', '你又在凡爾賽了', '凡爾賽'],
  ['chi-gua', '吃瓜群眾表示看不懂', '吃瓜群眾'],
  ['nei-juan', '這個行業太內捲了', '內捲'],
  ['mo-yu', '上班摸魚被老闆發現了', '摸魚'],
  ['lao-ban', '上班摸魚被老闆發現了', '老闆'],
  ['guan-xi', '沒關係', '關係'],
  ['hong-bao', '過年收了好多紅包', '紅包'],
  ['gan-bei', '來，乾杯！', '乾杯'],
  ['yyds', '周杰倫永遠的神', '永遠的神'],
  ['gou-na-haozi', '你這是狗拿耗子，多管閒事', '狗拿耗子，多管閒事'],
  // Simplified subtitles, traditional patterns.
  ['shuo-hua', '我说话算话', '说话算话'],
  ['shuo-hua', '男子汉说话算话！', '说话算话'],
  ['shuo-hua', '我說話算話', '說話算話'],
  ['kai-ye-che', '昨晚又开夜车了', '开夜车'],
  ['kai-ye-che', '考试前他总是开夜车', '开夜车'],
  ['kai-ye-che', '昨晚又開夜車了', '開夜車'],
  // Punctuation and spaces inside patterns and lines are ignored on both sides.
  ['gou-na-haozi', '你这是狗拿耗子多管闲事', '狗拿耗子多管闲事'],
  ['gou-na-haozi', '狗拿耗子，多管闲事！', '狗拿耗子，多管闲事'],
  ['gou-na-haozi', '狗拿耗子, 多管闲事', '狗拿耗子, 多管闲事'],
  ['gou-na-haozi', '狗拿耗子——多管闲事', '狗拿耗子——多管闲事'],
  ['gou-na-haozi', '狗拿耗子 多管闲事', '狗拿耗子 多管闲事'],
  ['gou-na-haozi', '狗拿耗子…多管闲事', '狗拿耗子…多管闲事'],
  ['hua-she-tian-zu', '画蛇，添足', '画蛇，添足'],
  ['hua-she-tian-zu', '画 蛇 添 足', '画 蛇 添 足'],
  ['hua-she-tian-zu', '「画蛇添足」', '画蛇添足'],
  ['ren-shan-ren-hai', '人山、人海', '人山、人海'],
  ['chi-cu', '吃　醋', '吃　醋'],
  ['yyds', 'Y.Y.D.S.', 'Y.Y.D.S'],
  // Full-width forms.
  ['yyds', '这家火锅ＹＹＤＳ！', 'ＹＹＤＳ'],
  ['yyds', '这家火锅ｙｙｄｓ', 'ｙｙｄｓ'],
  ['liu', '太６６６了', '６６６'],
  ['liu', '牛啊，６66', '６66'],
  // Frames: the second part within six characters of the first.
  ['yi-jiu', '他一回家就睡觉', '一回家就'],
  ['yi-jiu', '我一看就知道', '一看就'],
  ['yi-jiu', '一下课就跑了', '一下课就'],
  ['yi-jiu', '她一听到这个消息就哭了', '一听到这个消息就'],
  ['yi-jiu', '一到周末，他就睡懒觉', '一到周末，他就'],
  ['yi-jiu', '你一說我就懂了', '一說我就'],
  ['yue-yue', '越来越好', '越来越'],
  ['yue-yue', '雨越下越大', '越下越'],
  ['yue-yue', '你越解释我越不信', '越解释我越'],
  ['yue-yue', '天氣越來越冷', '越來越'],
  ['lian-dou', '他连饭都不吃了', '连饭都'],
  ['lian-dou', '连我都不知道', '连我都'],
  ['lian-dou', '連一句謝謝都沒說', '連一句謝謝都'],
  ['lian-dou', '连小孩子都懂', '连小孩子都'],
  ['chu-le-zhi-wai', '除了你之外，没人知道', '除了你之外'],
  ['chu-le-zhi-wai', '除了周末以外我都有空', '除了周末以外'],
  ['chu-le-zhi-wai', '除了他們之外', '除了他們之外'],
  // Astral characters keep their offsets.
  ['ji-xiang', '新年𠮷祥', '𠮷祥'],
  ['ji-xiang', '𠮷祥如意', '𠮷祥'],
  ['ji-xiang', '祝你𠮷祥，身體健康', '𠮷祥'],
  ['chi-cu', '😂你吃醋了', '吃醋'],
  ['chi-cu', '𠮷你吃醋了', '吃醋'],
  ['chi-cu', '😂吃😂醋', '吃😂醋'],
  ['hua-she-tian-zu', '𠮷𠮷画蛇添足', '画蛇添足'],
];

describe('Chinese matching: positives', () => {
  it.each(positives)('%s in 「%s」 covers 「%s」', (slug, line, covered) => {
    expect(matched(line, slug)).toContain(covered);
  });
});

/** [note slug, line]: the note must not fire. */
const negatives: [string, string][] = [
  // A chengyu split by other text, or only partly present.
  ['hua-she-tian-zu', '画蛇的人又添足'],
  ['hua-she-tian-zu', '他画了蛇，又添了足'],
  ['hua-she-tian-zu', '画蛇添'],
  ['hua-she-tian-zu', '蛇添足'],
  ['hua-she-tian-zu', '画龙点睛'],
  ['dui-niu-tan-qin', '对牛说话'],
  ['dui-niu-tan-qin', '他对那头牛弹琴'],
  ['dui-niu-tan-qin', '弹琴给牛听'],
  ['ren-shan-ren-hai', '人山和人海'],
  ['ren-shan-ren-hai', '人海战术'],
  ['ren-shan-ren-hai', '山人海'],
  ['ma-ma-hu-hu', '马马'],
  ['ma-ma-hu-hu', '马虎'],
  ['ma-ma-hu-hu', '你太马虎了'],
  ['ma-ma-hu-hu', '马马和虎虎'],
  ['qi-ma-zhao-ma', '骑马去找马'],
  ['qi-ma-zhao-ma', '我会骑马'],
  ['yi-shi-er-niao', '一石头二鸟'],
  ['yi-shi-er-niao', '一石'],
  ['luan-qi-ba-zao', '乱七八'],
  ['luan-qi-ba-zao', '七八糟'],
  ['luan-qi-ba-zao', '乱了七八个'],
  ['bu-jian-bu-san', '不见了'],
  ['bu-jian-bu-san', '不散'],
  ['bu-jian-bu-san', '不见他不散'],
  ['gou-na-haozi', '狗拿'],
  ['gou-na-haozi', '狗拿了耗子'],
  ['gou-na-haozi', '耗子拿狗'],
  ['gou-na-haozi', '多管闲事'],
  ['gou-na-haozi', '你别多管闲事'],
  // Near misses of slang.
  ['fan-er-sai', '凡尔'],
  ['fan-er-sai', '尔赛'],
  ['fan-er-sai', '凡是比赛都参加'],
  ['chi-cu', '吃饭'],
  ['chi-cu', '醋溜白菜'],
  ['chi-cu', '吃了醋'],
  ['chi-cu', '醋吃多了'],
  ['chi-gua', '吃西瓜'],
  ['chi-gua', '瓜吃'],
  ['nei-juan', '内容'],
  ['nei-juan', '卷内'],
  ['nei-juan', '试卷'],
  ['tang-ping', '躺在床上'],
  ['tang-ping', '平躺'],
  ['mo-yu', '摸着鱼'],
  ['mo-yu', '钓鱼'],
  ['yyds', 'YY'],
  ['yyds', 'YDS'],
  ['yyds', 'yyd'],
  ['yyds', '永远的朋友'],
  ['yyds', '永远是神'],
  ['liu', '66'],
  ['liu', '六六六'],
  ['liu', '6 6'],
  ['guan-xi', '关门'],
  ['guan-xi', '系统'],
  ['guan-xi', '关心'],
  ['mian-zi', '面条'],
  ['mian-zi', '子面'],
  ['hong-bao', '红色的包'],
  ['hong-bao', '包红'],
  ['lao-ban', '老师'],
  ['lao-ban', '黑板'],
  ['gan-bei', '干净'],
  ['gan-bei', '杯子'],
  ['shuo-hua', '说话'],
  ['shuo-hua', '说话不算话'],
  ['shuo-hua', '说了话算了'],
  ['kai-ye-che', '开车'],
  ['kai-ye-che', '夜车'],
  ['kai-ye-che', '开了夜车'],
  // Frames: the second part too far away, missing, or before the first.
  ['yi-jiu', '一二三四五六七八就'],
  ['yi-jiu', '就一下'],
  ['yi-jiu', '一下子'],
  ['yi-jiu', '我一直在想他到底为什么要就这样'],
  ['yi-jiu', '一'],
  ['yue-yue', '越南'],
  ['yue-yue', '超越'],
  ['yue-yue', '越过那座山之后大家都觉得很累了越'],
  ['lian-dou', '连续'],
  ['lian-dou', '都是我的错'],
  ['lian-dou', '连着下了好几天的大雨，路上都是水'],
  ['chu-le-zhi-wai', '除了你'],
  ['chu-le-zhi-wai', '之外'],
  ['chu-le-zhi-wai', '除了这件事情我们已经做完的那些以外'],
  ['ji-xiang', '吉祥'],
  ['ji-xiang', '𠮷'],
  ['ji-xiang', '祥𠮷'],
];

describe('Chinese matching: negatives', () => {
  it.each(negatives)('%s does not fire in 「%s」', (slug, line) => {
    expect(matched(line, slug)).toEqual([]);
  });
});

/** [line, every hit as noteId@start-end]: exact offsets into the original line. */
const offsets: [string, string[]][] = [
  ['画蛇添足', ['hua-she-tian-zu@0-4']],
  ['你这是狗拿耗子，多管闲事！', ['gou-na-haozi@3-7', 'gou-na-haozi@3-12']],
  ['ＹＹＤＳ', ['yyds@0-4']],
  ['𠮷祥', ['ji-xiang@0-3']],
  ['a𠮷祥b', ['ji-xiang@1-4']],
  ['😂吃醋', ['chi-cu@2-4']],
  ['吃，醋', ['chi-cu@0-3']],
  ['，吃醋，', ['chi-cu@1-3']],
  ['一回家就睡', ['yi-jiu@0-4']],
  ['没關係', ['guan-xi@1-3']],
  ['', []],
  ['，。！', []],
];

describe('Chinese matching: offsets', () => {
  it.each(offsets)('「%s」', (line, expected) => {
    expect(matcher.match(line).map((h) => `${h.noteId.slice(3)}@${h.start}-${h.end}`)).toEqual(
      expected,
    );
  });
});
