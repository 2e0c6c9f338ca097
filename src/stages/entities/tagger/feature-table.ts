/**
 * Feature strings → dense ids (rows of the weight matrices). A growing table adds unseen
 * features (training); a frozen one answers -1 for them (tagging), so they are ignored.
 */
export class FeatureTable {
  private readonly ids: Map<string, number>;
  private growing: boolean;

  constructor(features: Iterable<string> = [], growing = false) {
    this.ids = new Map();
    for (const f of features) this.ids.set(f, this.ids.size);
    this.growing = growing;
  }

  get size(): number {
    return this.ids.size;
  }

  id(feature: string): number {
    const id = this.ids.get(feature);
    if (id !== undefined) return id;
    if (!this.growing) return -1;
    this.ids.set(feature, this.ids.size);
    return this.ids.size - 1;
  }

  idsOf(features: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of features) {
      const id = this.id(f);
      if (id >= 0) out.push(id);
    }
    return Int32Array.from(out);
  }

  get isGrowing(): boolean {
    return this.growing;
  }

  freeze(): void {
    this.growing = false;
  }

  /** Features in id order. */
  features(): string[] {
    return [...this.ids.keys()];
  }
}
