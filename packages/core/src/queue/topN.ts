/**
 * Keeps the best `limit` items seen so far, by `compare` (negative = a is better), without
 * sorting everything: a bounded binary heap whose root is the worst kept item. O(n log limit).
 */
export class TopN<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** The number of items kept. */
  get size(): number {
    return this.heap.length;
  }

  /** Whether `item` would be kept if offered now (cheap pre-check before building it). */
  wouldKeep(item: T): boolean {
    return this.heap.length < this.limit || (this.limit > 0 && this.compare(item, this.heap[0]!) < 0);
  }

  /** Offers an item; returns whether it was kept. */
  offer(item: T): boolean {
    if (this.limit <= 0) return false;
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(item);
      this.up(heap.length - 1);
      return true;
    }
    if (this.compare(item, heap[0]!) >= 0) return false;
    heap[0] = item;
    this.down(0);
    return true;
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  // The root is the WORST item: a parent compares ≥ 0 against its children.
  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[i]!, heap[parent]!) <= 0) return;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && this.compare(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < heap.length && this.compare(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  }
}
