/**
 * A hash map from non-negative integer keys (below 2^53) to small non-negative integers, in
 * typed arrays: no object per entry, so millions of entries cost no garbage collection.
 */
export class NumberMap {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    let i = h & this.mask;
    const keys = this.keys;
    while (keys[i] !== -1 && keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** Empty the map, keeping its table (no new allocation). */
  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i]! : -1;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      this.size++;
      this.values[i] = value;
      if (this.size * 2 > this.keys.length) this.grow();
      return;
    }
    this.values[i] = value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.values = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k === -1) continue;
      const j = this.slot(k);
      this.keys[j] = k;
      this.values[j] = oldValues[i]!;
    }
  }
}

/** FNV-1a hash of a string's UTF-16 code units. */
function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A map from strings to small non-negative integers, with its table in typed arrays: a
 * million-entry JavaScript Map rehashes into ever larger arrays on the garbage-collected heap,
 * and at that size every rehash costs a full collection over the caller's records.
 */
export class StringMap {
  private readonly strings: string[] = [];
  private values: Int32Array;
  private slots: Int32Array;
  private mask: number;

  /** `capacity`: entries expected, so that a big map is allocated once instead of grown. */
  constructor(capacity = 1024) {
    let cap = 2048;
    while (cap < capacity * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.values = new Int32Array(Math.max(capacity, 1024));
    this.mask = cap - 1;
  }

  get size(): number {
    return this.strings.length;
  }

  /** Empty the map, keeping its table (no new allocation). */
  clear(): void {
    this.slots.fill(-1);
    this.strings.length = 0;
  }

  private find(s: string): number {
    let i = hashText(s) & this.mask;
    for (;;) {
      const e = this.slots[i]!;
      if (e < 0 || this.strings[e] === s) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The value of `s`, or -1. */
  get(s: string): number {
    const e = this.slots[this.find(s)]!;
    return e < 0 ? -1 : this.values[e]!;
  }

  set(s: string, value: number): void {
    const i = this.find(s);
    const e = this.slots[i]!;
    if (e >= 0) {
      this.values[e] = value;
      return;
    }
    const entry = this.strings.length;
    this.strings.push(s);
    if (entry === this.values.length) {
      const next = new Int32Array(entry * 4);
      next.set(this.values);
      this.values = next;
    }
    this.values[entry] = value;
    this.slots[i] = entry;
    if (this.strings.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    // Four times larger: fewer, cheaper regrowths of a big table.
    this.slots = new Int32Array(this.slots.length * 4).fill(-1);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < this.strings.length; e++) this.slots[this.find(this.strings[e]!)] = e;
  }
}
