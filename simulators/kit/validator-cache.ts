import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type AjvModule from 'ajv';
import type { ValidateFunction } from 'ajv';
import { keepFile } from './cache-file.js';

type Ajv = InstanceType<typeof AjvModule.default>;

const require = createRequire(import.meta.url);
// bumped when the way this module writes or reads validators changes, as the key's other parts are
const CACHE_FORMAT = 1;
// Ajv's standalone code generator: the library's own way to compile a schema ahead of time
const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, fn: ValidateFunction) => string }).default;

/** An operation's validators as openapi-backend builds them: request (body, then parameters) and response by status. */
export interface OperationValidators {
  request: ValidateFunction[];
  responses: Record<string, ValidateFunction> | null;
}

interface Saved {
  request: string[];
  responses: Record<string, string> | null;
}

/**
 * Compiled validators kept as Ajv standalone code, one file per operation, so a process compiles
 * an operation's schemas only when no process on this machine has compiled that contract's text
 * before: compiling is most of what a fresh process spends before its first answer, and every
 * `billing-sim run`, test worker and `npm start` paid it again. The key covers the contract's text
 * and the versions of everything that shapes the code; an install that cannot write just compiles.
 */
export class ValidatorCache {
  private readonly dir: string;
  // which Ajv instance compiled each function: standalone code is generated from its scope
  private readonly compiledBy = new WeakMap<ValidateFunction, Ajv>();

  constructor(root: string, contractText: string, settings: string) {
    const versions = ['ajv', 'ajv-formats', 'openapi-backend'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`).join(',');
    const key = createHash('sha256').update(`${CACHE_FORMAT}\n${versions}\n${settings}\n${contractText}`).digest('hex').slice(0, 20);
    this.dir = join(root, 'validators', key);
  }

  /** Remember that `ajv` compiled what its compile() returns (openapi-backend makes one Ajv per validator set). */
  track(ajv: Ajv): Ajv {
    const compile = ajv.compile.bind(ajv);
    ajv.compile = ((schema: object) => {
      const fn = compile(schema);
      this.compiledBy.set(fn, ajv);
      return fn;
    }) as Ajv['compile'];
    return ajv;
  }

  /** The operation's validators from a file written before, or undefined. */
  load(operationId: string): OperationValidators | undefined {
    try {
      const saved = JSON.parse(readFileSync(this.file(operationId), 'utf8')) as Saved;
      const responses = saved.responses && Object.fromEntries(Object.entries(saved.responses).map(([status, code]) => [status, evaluate(code)]));
      return { request: saved.request.map(evaluate), responses };
    } catch {
      // none kept, or a file that does not read or run: compiled afresh, and written again
      return undefined;
    }
  }

  /** Keep freshly compiled validators for the next process; written whole or not at all (keepFile). */
  save(operationId: string, validators: OperationValidators): void {
    let saved: Saved;
    try {
      saved = {
        request: validators.request.map((fn) => this.code(fn)),
        responses: validators.responses && Object.fromEntries(Object.entries(validators.responses).map(([status, fn]) => [status, this.code(fn)])),
      };
    } catch {
      // a function compiled elsewhere: the next process compiles again
      return;
    }
    keepFile(this.file(operationId), JSON.stringify(saved));
  }

  private code(fn: ValidateFunction): string {
    const ajv = this.compiledBy.get(fn);
    if (!ajv) throw new Error('a validator not compiled by a tracked Ajv instance');
    return standaloneCode(ajv, fn);
  }

  private file(operationId: string): string {
    return join(this.dir, `${encodeURIComponent(operationId)}.json`);
  }
}

/** What standalone code may require: Ajv's runtime helpers and ajv-formats' formats, nothing else. */
function runtimeRequire(id: string): unknown {
  if (!/^ajv\/dist\/runtime\/[\w-]+$|^ajv-formats\/dist\/formats$/.test(id)) throw new Error(`cached validator code asked for '${id}', which no validator needs`);
  return require(id);
}

/** Standalone code is a CommonJS module exporting the validate function. */
function evaluate(code: string): ValidateFunction {
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', code)(runtimeRequire, module, module.exports);
  if (typeof module.exports !== 'function') throw new Error('cached validator code exports no function');
  return module.exports as ValidateFunction;
}
