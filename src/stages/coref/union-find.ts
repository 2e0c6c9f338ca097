/** Disjoint sets over string ids; the representative of a set is its smallest id, so results are order-free. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    // Path compression.
    for (let node = id; node !== root; ) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Whether `a` and `b` may be merged; always here, subclasses add constraints. */
  canUnion(_a: string, _b: string): boolean {
    return true;
  }

  /** Whether the sets of `a` and `b` are known to match (not just not to clash); never here. */
  confirms(_a: string, _b: string): boolean {
    return false;
  }

  /** Merges the sets of `a` and `b`; true when they are (now) one set. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
    return true;
  }

  /** Members grouped by set, each group and the list sorted. */
  groups(ids: Iterable<string>): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const id of ids) {
      const root = this.find(id);
      byRoot.set(root, [...(byRoot.get(root) ?? []), id]);
    }
    return [...byRoot.values()].map((g) => g.sort()).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  }
}
