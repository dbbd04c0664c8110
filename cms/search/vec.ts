/** Growable typed arrays used while building segments (plain arrays of numbers are 2–4× larger). */
type TypedCtor<T> = { new (n: number): T }

class Vec<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array> {
  arr: T
  length = 0
  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity = 1024,
  ) {
    this.arr = new ctor(capacity)
  }
  push(v: number): void {
    if (this.length === this.arr.length) this.grow(this.length + 1)
    this.arr[this.length++] = v
  }
  grow(min: number): void {
    let cap = this.arr.length * 2
    while (cap < min) cap *= 2
    const next = new this.ctor(cap)
    next.set(this.arr as never)
    this.arr = next
  }
  /** A trimmed copy. */
  toArray(): T {
    return this.arr.slice(0, this.length) as T
  }
}

export class U8Vec extends Vec<Uint8Array> {
  constructor(capacity?: number) {
    super(Uint8Array, capacity)
  }
}
export class U32Vec extends Vec<Uint32Array> {
  constructor(capacity?: number) {
    super(Uint32Array, capacity)
  }
}
export class I32Vec extends Vec<Int32Array> {
  constructor(capacity?: number) {
    super(Int32Array, capacity)
  }
}
export class F64Vec extends Vec<Float64Array> {
  constructor(capacity?: number) {
    super(Float64Array, capacity)
  }
}
