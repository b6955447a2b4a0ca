/**
 * The shared strings of a streamed xlsx workbook, kept outside the JavaScript heap: one UTF-8
 * buffer and an offset table. A 100,000-row file written by Excel has some 300,000 shared
 * strings (names, ID numbers…); as JavaScript strings they cost about 40 MB of heap and make V8
 * grow the heap several times that, while here they cost about their UTF-8 size. Strings are
 * decoded only when a cell is read.
 *
 * @example
 * const store = new SharedStringStore();
 * store.add("姓名");
 * store.get(0) //=> "姓名"
 */
export class SharedStringStore {
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  // starts[i] is where string i begins; starts[count] where the next one will.
  private starts = new Uint32Array(1 << 12);
  private count = 0;

  /** Appends the next string (shared strings are numbered in order from 0). */
  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (this.count + 2 > this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.bytes.write(text, this.used);
    this.used += length;
    this.count += 1;
    this.starts[this.count] = this.used;
  }

  /** The string with a number, or `undefined` if there is none. */
  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    return this.bytes.toString("utf8", this.starts[index], this.starts[index + 1]);
  }

  /** How many strings are stored. */
  get size(): number {
    return this.count;
  }
}
