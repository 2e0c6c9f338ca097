/**
 * A buffer a decoder reuses from one sentence to the next instead of allocating its tables
 * anew: typed arrays live outside the JavaScript heap and each one costs the garbage
 * collector, which took a tenth of the entities stage's time when every sentence allocated
 * its own. Decoding is synchronous and never keeps a table past its return, so one buffer
 * per table serves every call; `take` gives at least `size` entries, contents unspecified.
 */
export class ScratchBuffer<T extends Float64Array | Int16Array> {
  private buffer: T;

  constructor(private readonly make: (size: number) => T) {
    this.buffer = make(0);
  }

  take(size: number): T {
    if (this.buffer.length < size) this.buffer = this.make(Math.max(size, 2 * this.buffer.length));
    return this.buffer;
  }
}

export const float64Scratch = (): ScratchBuffer<Float64Array> => new ScratchBuffer((size) => new Float64Array(size));
export const int16Scratch = (): ScratchBuffer<Int16Array> => new ScratchBuffer((size) => new Int16Array(size));
