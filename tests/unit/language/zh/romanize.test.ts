import { describe, expect, it } from 'vitest';
import { chineseEngine } from '../../../../utils/language/zh';

const romanize = (text: string) => chineseEngine.romanize(text);

/** [word, pinyin]: words whose characters have more than one reading (多音字) and plain words. */
const words: [string, string][] = [
  ['银行', 'yín háng'],
  ['行业', 'háng yè'],
  ['行不行', 'xíng bù xíng'],
  ['一行人', 'yī xíng rén'],
  ['长大', 'zhǎng dà'],
  ['长期', 'cháng qī'],
  ['觉得', 'jué de'],
  ['睡觉', 'shuì jiào'],
  ['午觉', 'wǔ jiào'],
  ['音乐', 'yīn yuè'],
  ['快乐', 'kuài lè'],
  ['重要', 'zhòng yào'],
  ['重新', 'chóng xīn'],
  ['重复', 'chóng fù'],
  ['都市', 'dū shì'],
  ['首都', 'shǒu dū'],
  ['都是', 'dōu shì'],
  ['还钱', 'hái qián'],
  ['还有', 'hái yǒu'],
  ['了解', 'liǎo jiě'],
  ['了不起', 'liǎo bu qǐ'],
  ['不得了', 'bù dé liǎo'],
  ['为了', 'wèi le'],
  ['因为', 'yīn wèi'],
  ['认为', 'rèn wéi'],
  ['以为', 'yǐ wéi'],
  ['为什么', 'wèi shén me'],
  ['干净', 'gān jìng'],
  ['的确', 'dí què'],
  ['目的', 'mù dì'],
  ['地方', 'dì fang'],
  ['便宜', 'pián yi'],
  ['方便', 'fāng biàn'],
  ['应该', 'yīng gāi'],
  ['答应', 'dā ying'],
  ['差不多', 'chà bu duō'],
  ['出差', 'chū chāi'],
  ['教室', 'jiào shì'],
  ['当然', 'dāng rán'],
  ['上当', 'shàng dàng'],
  ['空调', 'kōng tiáo'],
  ['调查', 'diào chá'],
  ['好吃', 'hǎo chī'],
  ['爱好', 'ài hào'],
  ['好奇', 'hào qí'],
  ['朝代', 'cháo dài'],
  ['没有', 'méi yǒu'],
  ['没收', 'mò shōu'],
  ['中国', 'zhōng guó'],
  ['中奖', 'zhòng jiǎng'],
  ['着急', 'zháo jí'],
  ['睡着了', 'shuì zháo le'],
  ['看着', 'kàn zhe'],
  ['大夫', 'dài fu'],
  ['东西', 'dōng xi'],
  ['朋友', 'péng you'],
  ['一点儿', 'yī diǎnr'],
  ['这儿', 'zhèr'],
  ['哪儿', 'nǎr'],
  ['玩儿', 'wánr'],
  ['女儿', 'nǚ ér'],
  ['儿子', 'ér zi'],
  ['孩子', 'hái zi'],
  ['子女', 'zǐ nǚ'],
  ['会计', 'kuài jì'],
  ['会议', 'huì yì'],
  ['一会儿', 'yī huìr'],
  ['弹琴', 'tán qín'],
  ['子弹', 'zǐ dàn'],
  ['处理', 'chǔ lǐ'],
  ['到处', 'dào chù'],
  ['正在', 'zhèng zài'],
  ['转身', 'zhuǎn shēn'],
  ['假期', 'jià qī'],
  ['角色', 'jué sè'],
  ['传说', 'chuán shuō'],
  ['自传', 'zì zhuàn'],
  ['高兴', 'gāo xìng'],
  ['尽管', 'jǐn guǎn'],
  ['相似', 'xiāng sì'],
  ['似的', 'shì de'],
  ['累死了', 'lèi sǐ le'],
  ['狗拿耗子', 'gǒu ná hào zi'],
  ['画蛇添足', 'huà shé tiān zú'],
  ['马马虎虎', 'mǎ ma hū hū'],
  ['一石二鸟', 'yī shí èr niǎo'],
  ['乱七八糟', 'luàn qī bā zāo'],
  ['凡尔赛', 'fán ěr sài'],
  ['绿色', 'lǜ sè'],
  ['女孩', 'nǚ hái'],
  ['略', 'lüè'],
];

/** Standalone characters: particles unmarked, function words in their spoken reading. */
const characters: [string, string][] = [
  ['的', 'de'],
  ['了', 'le'],
  ['吗', 'ma'],
  ['呢', 'ne'],
  ['吧', 'ba'],
  ['啊', 'a'],
  ['呀', 'ya'],
  ['啦', 'la'],
  ['嘛', 'ma'],
  ['么', 'me'],
  ['们', 'men'],
  ['着', 'zhe'],
  ['得', 'de'],
  ['还', 'hái'],
  ['都', 'dōu'],
  ['行', 'xíng'],
  ['长', 'cháng'],
  ['乐', 'lè'],
  ['重', 'zhòng'],
  ['觉', 'jué'],
  ['谁', 'shéi'],
  ['干', 'gàn'],
  ['好', 'hǎo'],
  ['中', 'zhōng'],
  ['一', 'yī'],
  ['不', 'bù'],
  ['儿', 'ér'],
];

/** Lines: words inside sentences, punctuation, traditional text, Latin and digits. */
const lines: [string, string][] = [
  ['你好吗？', 'nǐ hǎo ma?'],
  ['我们都会去的。', 'wǒ men dōu huì qù de.'],
  ['你都会了吗？', 'nǐ dōu huì le ma?'],
  ['银行长期贷款', 'yín háng cháng qī dài kuǎn'],
  ['他长大了，觉得很快乐。', 'tā zhǎng dà le, jué de hěn kuài lè.'],
  ['你还好吗？我还你钱。', 'nǐ hái hǎo ma? wǒ hái nǐ qián.'],
  ['今天的会议几点开始？', 'jīn tiān de huì yì jǐ diǎn kāi shǐ?'],
  ['這個多少錢？', 'zhè ge duō shao qián?'],
  ['今天的會議幾點開始？', 'jīn tiān de huì yì jǐ diǎn kāi shǐ?'],
  ['他長得很高', 'tā zhǎng de hěn gāo'],
  ['慢慢地走', 'màn màn de zǒu'],
  ['好好地休息吧', 'hǎo hǎo de xiū xi ba'],
  ['一點兒也不好玩兒', 'yī diǎnr yě bù hǎo wánr'],
  ['东西在哪儿？', 'dōng xi zài nǎr?'],
  ['乾隆皇帝', 'qián lóng huáng dì'],
  ['ＯＫ，没问题！', 'OK, méi wèn tí!'],
  ['你干什么呢？', 'nǐ gàn shén me ne?'],
  ['睡觉了吗？', 'shuì jiào le ma?'],
  ['音乐太吵了', 'yīn yuè tài chǎo le'],
  ['这家火锅YYDS', 'zhè jiā huǒ guō YYDS'],
  ['我有3个朋友', 'wǒ yǒu 3 gè péng you'],
  ['「画蛇添足」', '“huà shé tiān zú”'],
  ['他说：“走吧。”', 'tā shuō: “zǒu ba.”'],
  ['《西游记》', '“xī yóu jì”'],
  ['好、好、好', 'hǎo, hǎo, hǎo'],
  ['好……吧', 'hǎo…… ba'],
  ['等等——你去哪？', 'děng děng—— nǐ qù nǎ?'],
  ['【重要】', '[zhòng yào]'],
  ['狗拿耗子，多管闲事', 'gǒu ná hào zi, duō guǎn xián shì'],
  ['重新开始吧', 'chóng xīn kāi shǐ ba'],
  ['你觉得呢？', 'nǐ jué de ne?'],
  ['还是算了吧', 'hái shi suàn le ba'],
  ['我去银行了', 'wǒ qù yín háng le'],
  ['我得走了', 'wǒ děi zǒu le'],
  ['上面的东西', 'shàng miàn de dōng xi'],
  ['其中的一个', 'qí zhōng de yī gè'],
  ['他穿着白衬衫', 'tā chuān zhe bái chèn shān'],
  ['最近过得怎么样？', 'zuì jìn guò de zěn me yàng?'],
  ['这不是我的', 'zhè bù shì wǒ de'],
  ['我们到了', 'wǒ men dào le'],
  ['这说明了一切', 'zhè shuō míng le yī qiè'],
  ['还不错', 'hái bù cuò'],
  ['他睡着了', 'tā shuì zháo le'],
  ['我受不了了', 'wǒ shòu bù liǎo le'],
  ['我们也得去', 'wǒ men yě děi qù'],
  ['他跑得很快', 'tā pǎo de hěn kuài'],
  ['他得了第一名', 'tā dé le dì yī míng'],
  ['我得到了', 'wǒ dé dào le'],
  ['说得对', 'shuō de duì'],
  ['这本书还给你', 'zhè běn shū huán gěi nǐ'],
  ['', ''],
];

describe('romanize: words', () => {
  it.each(words)('%s → %s', (word, pinyin) => {
    expect(romanize(word)).toBe(pinyin);
  });
});

describe('romanize: standalone characters', () => {
  it.each(characters)('%s → %s', (ch, pinyin) => {
    expect(romanize(ch)).toBe(pinyin);
  });
});

describe('romanize: lines', () => {
  it.each(lines)('%s → %s', (line, pinyin) => {
    expect(romanize(line)).toBe(pinyin);
  });

  it('keeps a character it has no reading for', () => {
    expect(romanize('𠮷')).toBe('𠮷');
  });
});

describe('romanize: places and names as CC-CEDICT reads them, in lower case', () => {
  it.each([
    ['重庆', 'chóng qìng'],
    ['长沙', 'cháng shā'],
    ['正月', 'zhēng yuè'],
  ])('%s → %s', (word, pinyin) => {
    expect(romanize(word)).toBe(pinyin);
  });
});
