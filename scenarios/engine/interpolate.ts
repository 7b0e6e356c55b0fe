import type { Faker } from '@faker-js/faker';

/** A variable reference the scenario cannot resolve; the runner reports it against its step. */
export class UnknownVariable extends Error {
  override name = 'UnknownVariable';
}

const WHOLE = /^\$\{([^}]+)\}$/;
const ANY = /\$\{([^}]+)\}/g;
const FAKER = /\$\{\s*faker\./;

/** Whether any text in `value` refers to `${faker.…}`: loading faker's English data costs a fifth of a second, so only a run that asks for it does. */
export function refersToFaker(value: unknown): boolean {
  return FAKER.test(JSON.stringify(value) ?? '');
}

/** Follow a dotted path (`acct.body.id`, `rows.0.id`) into a value. */
export function pathValue(root: unknown, path: string[]): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * Values a scenario can refer to as `${...}`: its captures, `now` and `today` (virtual time),
 * and `faker.<module>.<method>` (the sandbox's seeded faker, so the same seed gives the same value).
 */
export class Variables {
  private readonly values = new Map<string, unknown>();

  constructor(
    /** None when the scenario refers to no `${faker.…}` (LoadedScenario.usesFaker). */
    private readonly faker: Faker | undefined,
    private readonly now: () => number,
  ) {}

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  /** Every value captured so far, by name (a checkpoint of a run keeps them). */
  captured(): Record<string, unknown> {
    return structuredClone(Object.fromEntries(this.values));
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  private lookup(expr: string): unknown {
    const [head, ...rest] = expr.trim().split('.');
    if (head === 'now') return new Date(this.now()).toISOString();
    if (head === 'today') return new Date(this.now()).toISOString().slice(0, 10);
    if (head === 'faker') {
      if (!this.faker) throw new UnknownVariable(`\${${expr}}: this run loaded no faker, as nothing in its scenario referred to one`);
      const fn = pathValue(this.faker, rest);
      if (typeof fn !== 'function') throw new UnknownVariable(`\${${expr}} is not a faker function; write e.g. \${faker.person.fullName}`);
      return (fn as () => unknown).call(pathValue(this.faker, rest.slice(0, -1)));
    }
    if (!this.values.has(head!)) {
      const known = this.names();
      throw new UnknownVariable(`\${${expr}}: no variable '${head}' has been captured${known.length ? ` (captured so far: ${known.join(', ')})` : ' yet'}`);
    }
    const value = pathValue(this.values.get(head!), rest);
    if (value === undefined) throw new UnknownVariable(`\${${expr}}: '${head}' has no '${rest.join('.')}'`);
    return value;
  }

  /** The value with every `${...}` replaced; a string that is one reference keeps the value's type. */
  resolve<T>(value: T): T {
    if (typeof value === 'string') {
      const whole = WHOLE.exec(value);
      if (whole) return this.lookup(whole[1]!) as T;
      return value.replace(ANY, (_, expr: string) => {
        const found = this.lookup(expr);
        if (found !== null && typeof found === 'object') throw new UnknownVariable(`\${${expr}} is ${Array.isArray(found) ? 'a list' : 'an object'} inside text; name one of its fields`);
        return String(found);
      }) as T;
    }
    if (Array.isArray(value)) return value.map((v) => this.resolve(v)) as T;
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v)])) as T;
    }
    return value;
  }
}
