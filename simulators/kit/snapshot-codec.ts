/**
 * Turns a sandbox's object graph into JSON-ready data and back, keeping what JSON loses: Maps,
 * Sets, undefined, non-finite numbers, prototype-free dictionaries, instances of the classes registered here, and
 * identity (an object reached twice, or in a cycle, is one object again after decoding: the
 * outbox and a simulator's state share subscriber and delivery objects).
 *
 * Objects are numbered in the order they are first met; a later meeting is written as `{$r: n}`.
 * Functions, WeakMaps and unregistered class instances cannot be written: the error names where
 * one was met, as that is a state field that needs a registered class or a serialisable form.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** How a registered class is written: its own fields (the default), or a form of its own (`encode` / `decode`). */
interface ClassCodec {
  name: string;
  prototype: object;
  encode?(value: object): unknown;
  decode?(data: unknown): object;
}

const byPrototype = new Map<object, ClassCodec>();
const byName = new Map<string, ClassCodec>();

/**
 * Let instances of `cls` be saved: written as their own enumerable fields and rebuilt on
 * `cls.prototype` without running the constructor, or through `custom` for one whose fields hold
 * what cannot be written (compiled rules).
 */
export function snapshotClass<T extends object>(cls: abstract new (...args: never[]) => T, name: string, custom?: { encode(value: T): unknown; decode(data: unknown): T }): void {
  const existing = byName.get(name);
  if (existing && existing.prototype !== cls.prototype) throw new Error(`snapshot class name '${name}' is taken by another class`);
  const codec: ClassCodec = { name, prototype: cls.prototype, ...(custom as Partial<ClassCodec>) };
  byPrototype.set(cls.prototype, codec);
  byName.set(name, codec);
}

/** Objects that belong to the sandbox doing the restoring, not to the data (its outbox): written as their name. */
export type Externals = Record<string, object>;

export class SnapshotCodecError extends Error {
  override name = 'SnapshotCodecError';
}

const escapeKey = (key: string) => (key.startsWith('$') ? `$${key}` : key);
const unescapeKey = (key: string) => (key.startsWith('$$') ? key.slice(1) : key);

/**
 * Levels of nesting a snapshot may have: its own structure (a dozen) around records that are
 * each at most MAX_BODY_DEPTH deep when stored. Deeper data is refused rather than followed, so a
 * crafted file cannot exhaust the stack.
 */
export const MAX_SNAPSHOT_DEPTH = 256;

/** Set a field by assignment, except `__proto__`, which assignment would take as the object's prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function tooDeep(path: string): SnapshotCodecError {
  return new SnapshotCodecError(`${path} nests deeper than ${MAX_SNAPSHOT_DEPTH} levels, more than a sandbox's state does`);
}

export function encodeSnapshot(root: unknown, externals: Externals = {}): Json {
  const seen = new Map<object, number>();
  const externalNames = new Map<object, string>(Object.entries(externals).map(([k, v]) => [v, k]));

  const fields = (value: object, path: string, depth: number): { [key: string]: Json } => {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) put(out, escapeKey(key), walk((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1));
    return out;
  };

  const walk = (value: unknown, path: string, depth = 0): Json => {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : { $n: String(value) };
      case 'undefined':
        return { $u: 1 };
      case 'bigint':
        throw new SnapshotCodecError(`${path} is a bigint, which no sandbox state holds`);
      case 'function':
        throw new SnapshotCodecError(`${path} is a function (${value.name || 'anonymous'}), which a snapshot cannot hold`);
      case 'symbol':
        throw new SnapshotCodecError(`${path} is a symbol, which a snapshot cannot hold`);
    }
    if (value === null) return null;
    if (depth > MAX_SNAPSHOT_DEPTH) throw tooDeep(path);
    const object = value as object;
    const external = externalNames.get(object);
    if (external !== undefined) return { $x: external };
    const ref = seen.get(object);
    if (ref !== undefined) return { $r: ref };
    seen.set(object, seen.size);
    const next = depth + 1;
    if (Array.isArray(object)) return object.map((item, i) => walk(item, `${path}[${i}]`, next));
    const proto = Object.getPrototypeOf(object);
    if (proto === Object.prototype) return fields(object, path, depth);
    if (proto === null) return { $d: fields(object, path, depth) };
    if (object instanceof Map) return { $m: [...object].map(([k, v], i) => [walk(k, `${path}<key ${i}>`, next), walk(v, `${path}<${String(k)}>`, next)]) };
    if (object instanceof Set) return { $s: [...object].map((item, i) => walk(item, `${path}<${i}>`, next)) };
    if (object instanceof Date) return { $t: object.getTime() };
    const codec = byPrototype.get(proto);
    if (!codec) throw new SnapshotCodecError(`${path} is a ${proto?.constructor?.name ?? 'class'} instance, a class no snapshot knows (register it with snapshotClass)`);
    return { $c: codec.name, v: codec.encode ? walk(codec.encode(object), `${path}(${codec.name})`, next) : fields(object, path, depth) };
  };

  return walk(root, '$');
}

export function decodeSnapshot<T>(data: unknown, externals: Externals = {}): T {
  const objects: unknown[] = [];

  const fill = (target: Record<string, unknown>, source: Record<string, unknown>, depth: number) => {
    for (const key of Object.keys(source)) put(target, unescapeKey(key), walk(source[key], depth + 1));
    return target;
  };

  const walk = (value: unknown, depth = 0): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (depth > MAX_SNAPSHOT_DEPTH) throw tooDeep('the data');
    const next = depth + 1;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      objects.push(out);
      for (const item of value) out.push(walk(item, next));
      return out;
    }
    const tagged = value as Record<string, unknown>;
    const tag = Object.keys(tagged)[0];
    if (tag === '$r') {
      const ref = tagged.$r as number;
      if (!Number.isInteger(ref) || ref < 0 || ref >= objects.length) throw new SnapshotCodecError(`the data refers to object ${String(ref)} before it is written`);
      return objects[ref];
    }
    if (tag === '$u') return undefined;
    if (tag === '$n') return Number(tagged.$n);
    if (tag === '$x') {
      const name = tagged.$x;
      // own names only: `__proto__` or `constructor` must not reach Object.prototype
      if (typeof name !== 'string' || !Object.hasOwn(externals, name)) throw new SnapshotCodecError(`the snapshot refers to ${JSON.stringify(name)}, which this sandbox does not have`);
      return externals[name];
    }
    if (tag === '$d') {
      const out = Object.create(null) as Record<string, unknown>;
      objects.push(out);
      return fill(out, tagged.$d as Record<string, unknown>, depth);
    }
    if (tag === '$m') {
      const out = new Map<unknown, unknown>();
      objects.push(out);
      for (const [k, v] of tagged.$m as [unknown, unknown][]) out.set(walk(k, next), walk(v, next));
      return out;
    }
    if (tag === '$s') {
      const out = new Set<unknown>();
      objects.push(out);
      for (const item of tagged.$s as unknown[]) out.add(walk(item, next));
      return out;
    }
    if (tag === '$t') {
      const out = new Date(tagged.$t as number);
      objects.push(out);
      return out;
    }
    if (tag === '$c') {
      const codec = byName.get(tagged.$c as string);
      if (!codec) throw new SnapshotCodecError(`the snapshot holds a '${String(tagged.$c)}', a class this version of the harness does not know`);
      if (!codec.decode) {
        const out = Object.create(codec.prototype) as Record<string, unknown>;
        objects.push(out);
        return fill(out, tagged.v as Record<string, unknown>, depth);
      }
      // its number is taken before its form's objects, as the encoder gave it
      const slot = objects.length;
      objects.push(undefined);
      const out = codec.decode(walk(tagged.v, next));
      objects[slot] = out;
      return out;
    }
    const out: Record<string, unknown> = {};
    objects.push(out);
    return fill(out, tagged, depth);
  };

  return walk(data) as T;
}
