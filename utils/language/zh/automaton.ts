/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every key in one
 * pass over a line, however many keys there are.
 */
export interface Automaton<T> {
  /** Calls `found(start, value)` for each key occurrence, in order of the key's end. */
  search(text: string, found: (start: number, value: T) => void): void;
}

export function buildAutomaton<T>(entries: readonly (readonly [string, T])[]): Automaton<T> {
  // Transitions of every node in one map keyed by node * 2^16 + code unit.
  const next = new Map<number, number>();
  const outputs: T[][] = [[]];
  const lengths: number[][] = [[]];
  const depth: number[] = [0];

  for (const [key, value] of entries) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const edge = node * 0x10000 + key.charCodeAt(i);
      let child = next.get(edge);
      if (child === undefined) {
        child = outputs.length;
        outputs.push([]);
        lengths.push([]);
        depth.push(depth[node]! + 1);
        next.set(edge, child);
      }
      node = child;
    }
    outputs[node]!.push(value);
    lengths[node]!.push(key.length);
  }

  // Breadth-first: a node's failure link is the longest proper suffix of its path that is also
  // a path; its output link the nearest node along failure links that ends a key.
  const fail = new Int32Array(outputs.length);
  const outLink = new Int32Array(outputs.length).fill(-1);
  const children = new Map<number, [number, number][]>();
  for (const [edge, child] of next) {
    const parent = Math.floor(edge / 0x10000);
    const list = children.get(parent) ?? [];
    list.push([edge % 0x10000, child]);
    children.set(parent, list);
  }
  const queue: number[] = [];
  for (const [, child] of children.get(0) ?? []) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const [code, child] of children.get(node) ?? []) {
      let f = fail[node]!;
      let target = next.get(f * 0x10000 + code);
      while (target === undefined && f !== 0) {
        f = fail[f]!;
        target = next.get(f * 0x10000 + code);
      }
      const link = target !== undefined && target !== child ? target : 0;
      fail[child] = link;
      outLink[child] = outputs[link]!.length > 0 ? link : outLink[link]!;
      queue.push(child);
    }
  }

  return {
    search(text, found) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let target = next.get(node * 0x10000 + code);
        while (target === undefined && node !== 0) {
          node = fail[node]!;
          target = next.get(node * 0x10000 + code);
        }
        node = target ?? 0;
        for (let o = outputs[node]!.length > 0 ? node : outLink[node]!; o > 0; o = outLink[o]!) {
          const values = outputs[o]!;
          const lens = lengths[o]!;
          for (let k = 0; k < values.length; k++) found(i + 1 - lens[k]!, values[k]!);
        }
      }
    },
  };
}
