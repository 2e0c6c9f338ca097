/** The last `size` items pushed, oldest first: bounded memory whatever the run length. */
export class SlidingWindow<T> {
  private readonly items: T[] = [];
  private start = 0;

  constructor(private readonly size: number) {}

  push(item: T): void {
    this.items.push(item);
    if (this.items.length - this.start > this.size) this.start += 1;
    // Compact now and then instead of shifting on every push.
    if (this.start > this.size) {
      this.items.splice(0, this.start);
      this.start = 0;
    }
  }

  values(): T[] {
    return this.items.slice(this.start);
  }
}
