/**
 * A running total of safe integers (minor units, milliseconds) that stays exact: it adds on
 * numbers while the total stays safe and carries into a bigint when it would not. Far cheaper
 * than a `BigInt` per value over millions of rows. The caller checks that each value is a safe
 * integer. Internal.
 */
export class ExactSum {
  private fast = 0;
  private big = 0n;

  /** Adds one safe-integer amount. */
  add(value: number): void {
    const next = this.fast + value;
    if (Number.isSafeInteger(next)) this.fast = next;
    else {
      this.big += BigInt(this.fast) + BigInt(value);
      this.fast = 0;
    }
  }

  /** The exact total so far. */
  get value(): bigint {
    return this.big + BigInt(this.fast);
  }
}
