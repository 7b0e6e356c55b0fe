import { snapshotClass } from './snapshot-codec.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

/** FNV-1a, to derive independent streams from one seed and a name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A small seeded generator (mulberry32). Every ID and every random decision a simulator
 * makes comes from one of these, so a seed reproduces a run exactly.
 */
export class Random {
  private state: number;

  constructor(seed: number, stream = '') {
    this.state = (seed ^ hashString(stream)) >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  base62(length: number): string {
    return this.chars(BASE62, length);
  }

  hex(length: number): string {
    return this.chars(HEX, length);
  }
}

/** Counters for sequential numbers such as `A00000001` or `INV00000001`. */
export class Sequences {
  private readonly counters = new Map<string, number>();

  next(name: string): number {
    const n = (this.counters.get(name) ?? 0) + 1;
    this.counters.set(name, n);
    return n;
  }
}

snapshotClass(Random, 'Random');
snapshotClass(Sequences, 'Sequences');
