import { ANY_CLASS } from './classes';
import { isKanji } from './kana';
import { RULES, type Rule } from './rules';

/** One reading of a word as another form: `text` of `classes`, reached by `reasons`. */
export interface Deinflection {
  text: string;
  classes: number;
  /** From the dictionary form outwards: 食べさせられた → ['causative', 'passive', 'past']. */
  reasons: readonly string[];
  /** Rules applied; fewer is more likely. */
  steps: number;
}

/** Longer chains than this do not occur in speech and only cost time. */
const MAX_STEPS = 8;

/** Rules filed in a trie of their endings read backwards, so a word's last characters find them. */
interface SuffixNode {
  next: Map<string, SuffixNode>;
  rules: Rule[];
}

const root: SuffixNode = { next: new Map(), rules: [] };
for (const rule of RULES) {
  let node = root;
  for (let i = rule.from.length - 1; i >= 0; i--) {
    const ch = rule.from[i]!;
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map(), rules: [] };
      node.next.set(ch, child);
    }
    node = child;
  }
  node.rules.push(rule);
}

/** Every rule whose `from` ends `text`, longest ending first. */
function rulesEnding(text: string): Rule[] {
  const found: Rule[][] = [root.rules];
  let node = root;
  for (let i = text.length - 1; i >= 0; i--) {
    const child = node.next.get(text[i]!);
    if (!child) break;
    node = child;
    if (node.rules.length) found.push(node.rules);
  }
  return found.reverse().flat();
}

function apply(item: Deinflection, rule: Rule): Deinflection | null {
  if (!(item.classes & rule.in)) return null;
  const stem = item.text.slice(0, item.text.length - rule.from.length);
  // A rule may replace a whole word only when it restores a whole word (しない → する,
  // ない → ある); otherwise 'た' alone would become 'る'.
  if (!stem && rule.to.length < 2) return null;
  if (rule.afterKanji && !isKanji(stem.slice(-1))) return null;
  return {
    text: stem + rule.to,
    classes: rule.out,
    reasons: [...rule.reasons, ...item.reasons],
    steps: item.steps + 1,
  };
}

/**
 * Every way to read `word` as a form of another word, breadth first (fewest steps first),
 * not including the word itself. Which of the results are real words is for a dictionary or a
 * pattern to decide; each carries the class it must have.
 */
export function deinflect(word: string): Deinflection[] {
  const out: Deinflection[] = [];
  const seen = new Set<string>([`${word}\u0000${ANY_CLASS}`]);
  let frontier: Deinflection[] = [{ text: word, classes: ANY_CLASS, reasons: [], steps: 0 }];
  while (frontier.length && frontier[0]!.steps < MAX_STEPS) {
    const next: Deinflection[] = [];
    for (const item of frontier) {
      const { text } = item;
      const candidates = rulesEnding(text);
      for (const rule of candidates) {
        const result = apply(item, rule);
        if (!result) continue;
        const key = `${result.text}\u0000${result.classes}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(result);
        next.push(result);
      }
    }
    frontier = next;
  }
  return out;
}
