import { compareRank, type RankKey } from './compareEntries';

/**
 * An account as {@link LiveOrder} keeps it: its rank key, and where the order holds it
 * (`pos`: index in the heap, or -1; `inTop`: in the top N list).
 */
export type LiveOrderItem = RankKey & { pos: number; inTop: boolean };

/** True when `a` ranks before `b` (`compareRank`: score, then balance, then id). */
function before(a: RankKey, b: RankKey): boolean {
  return compareRank(a, b) < 0;
}

/**
 * The order of the live queue's eligible accounts: the best `limit` in a sorted list (the top
 * N, best first) and every other one in a max-heap below it, each item knowing its place, so
 * one account's change moves it in O(log n) and the top N is always ready to read. Every top
 * item ranks before every heap item. Ordered by `compareRank`, as `rankQueue`.
 */
export class LiveOrder<T extends LiveOrderItem> {
  /** The top N, best first. Read only. */
  readonly top: T[] = [];
  private readonly heap: T[] = [];

  constructor(readonly limit: number) {}

  /** Adds an item that is not in the order. */
  insert(item: T): void {
    const top = this.top;
    if (top.length < this.limit) this.topInsert(item);
    else if (before(item, top[top.length - 1]!)) {
      const evicted = top.pop()!;
      evicted.inTop = false;
      this.topInsert(item);
      this.heapPush(evicted);
    } else this.heapPush(item);
  }

  /** Removes an item (one in the order; nothing happens to another). */
  remove(item: T): void {
    if (item.inTop) {
      this.top.splice(this.top.indexOf(item), 1);
      item.inTop = false;
      if (this.heap.length > 0) this.topPush(this.heapRemoveAt(0));
    } else if (item.pos >= 0) this.heapRemoveAt(item.pos);
  }

  /** Restores the order after an item's rank key changed, moving it as little as possible. */
  update(item: T): void {
    const top = this.top;
    const heap = this.heap;
    if (item.pos >= 0) {
      if (top.length === this.limit && before(item, top[this.limit - 1]!)) {
        this.heapRemoveAt(item.pos);
        const evicted = top.pop()!;
        evicted.inTop = false;
        this.topInsert(item);
        this.heapPush(evicted);
      } else {
        this.siftUp(item.pos);
        this.siftDown(item.pos);
      }
      return;
    }
    if (!item.inTop) return;
    top.splice(top.indexOf(item), 1);
    item.inTop = false;
    if (heap.length > 0 && before(heap[0]!, item)) {
      this.topPush(this.heapRemoveAt(0));
      this.heapPush(item);
    } else this.topInsert(item);
  }

  /** Empties the order and fills it with `items` (a heapify, then the top N taken off it): O(n). */
  rebuild(items: Iterable<T>): void {
    const heap = this.heap;
    this.top.length = 0;
    heap.length = 0;
    for (const item of items) {
      item.inTop = false;
      item.pos = heap.length;
      heap.push(item);
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
    while (this.top.length < this.limit && heap.length > 0) this.topPush(this.heapRemoveAt(0));
  }

  /** The 1-based rank of an item in the top N, or undefined when it is not there. */
  rankOf(item: T): number | undefined {
    return item.inTop ? this.top.indexOf(item) + 1 : undefined;
  }

  private topPush(item: T): void {
    this.top.push(item);
    item.inTop = true;
  }

  private topInsert(item: T): void {
    const top = this.top;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(top[mid]!, item)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    item.inTop = true;
  }

  private swap(i: number, j: number): void {
    const heap = this.heap;
    const a = heap[i]!;
    const b = heap[j]!;
    heap[i] = b;
    heap[j] = a;
    b.pos = i;
    a.pos = j;
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(heap[i]!, heap[p]!)) return;
      this.swap(i, p);
      i = p;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const c = r < n && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[c]!, heap[i]!)) return;
      this.swap(i, c);
      i = c;
    }
  }

  private heapPush(item: T): void {
    item.pos = this.heap.length;
    this.heap.push(item);
    this.siftUp(item.pos);
  }

  private heapRemoveAt(i: number): T {
    const heap = this.heap;
    const item = heap[i]!;
    const last = heap.pop()!;
    if (last !== item) {
      heap[i] = last;
      last.pos = i;
      this.siftDown(i);
      this.siftUp(last.pos);
    }
    item.pos = -1;
    return item;
  }
}
