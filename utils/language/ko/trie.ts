/**
 * A character trie over jamo strings whose nodes carry the entries that end there. Children
 * are keyed by UTF-16 code: indexing a string for a jamo (outside Latin-1) makes a new string
 * each time, which the hot matching loops cannot afford.
 */
export class Trie<T> {
  readonly root: TrieNode<T> = { next: new Map(), items: [] };

  add(key: string, item: T): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const ch = key.charCodeAt(i);
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), items: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.items.push(item);
  }

  /**
   * Calls `visit(item, end)` for every entry that is a prefix of `text` from `start`,
   * shortest first; stops early when `visit` returns true.
   */
  walk(text: string, start: number, visit: (item: T, end: number) => boolean): boolean {
    let node: TrieNode<T> | undefined = this.root;
    let i = start;
    for (;;) {
      for (const item of node.items) if (visit(item, i)) return true;
      if (i >= text.length) return false;
      node = node.next.get(text.charCodeAt(i));
      if (!node) return false;
      i++;
    }
  }
}

export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  items: T[];
}
