/**
 * What was worked out from a table's header rows, remembered by the headers' texts: every report
 * of a folder carries the same headers, so their columns are mapped once and handed out again,
 * unchanged. Bounded for odd files: once `capacity` headers are held, it starts afresh.
 *
 * @example
 * const memo = new HeaderMemo<number>(2);
 * memo.set(["单位", "unit"], 3);
 * memo.get(["单位", "unit"]) //=> 3
 * memo.get(["月份"]) //=> undefined
 */
export class HeaderMemo<V> {
  readonly #entries = new Map<string, V>();
  readonly #capacity: number;

  constructor(capacity = 64) {
    this.#capacity = capacity;
  }

  /** What was remembered for these header texts, if anything. */
  get(texts: readonly unknown[]): V | undefined {
    return this.#entries.get(JSON.stringify(texts));
  }

  /** Remembers `value` for these header texts. */
  set(texts: readonly unknown[], value: V): void {
    if (this.#entries.size >= this.#capacity) this.#entries.clear();
    this.#entries.set(JSON.stringify(texts), value);
  }
}
