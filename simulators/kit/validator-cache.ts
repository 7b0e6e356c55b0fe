import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type AjvModule from 'ajv';
import type { ValidateFunction } from 'ajv';
import { keepFile } from './cache-file.js';

type Ajv = InstanceType<typeof AjvModule.default>;

// named so as not to shadow the `require` a bundled program's file declares (scripts/programs.mjs)
const requirePackage = createRequire(import.meta.url);
// bumped when the way this module writes or reads validators changes, as the key's other parts are
const CACHE_FORMAT = 2;
// Ajv's standalone code generator: the library's own way to compile a schema ahead of time
const standaloneCode = (requirePackage('ajv/dist/standalone') as { default: (ajv: Ajv, fn: ValidateFunction) => string }).default;

/** An operation's validators as openapi-backend builds them: request (body, then parameters) and response by status. */
export interface OperationValidators {
  request: ValidateFunction[];
  responses: Record<string, ValidateFunction> | null;
}

/** An operation's file: the hash of each validator's code, kept once per contract under code/. */
interface Saved {
  request: string[];
  responses: Record<string, string> | null;
}

/** Where the build keeps a contract's validators, compiled ahead of time, for the package to ship. */
export interface ShippedValidators {
  dir: string;
  /** The contract's file name, which names its file there beside the key. */
  name: string;
}

/**
 * Compiled validators kept as Ajv standalone code, so a process compiles an operation's schemas
 * only when no process on this machine has compiled that contract's text before: compiling is
 * most of what a fresh process spends before its first answer, and every `billing-sim run`, test
 * worker and `npm start` paid it again. The key covers the contract's text and the versions of
 * everything that shapes the code; an install that cannot write just compiles.
 *
 * One schema often serves many operations (an error body, a list envelope): Togai's 761
 * validators are 199 distinct ones. Each is compiled once per contract and validation context,
 * and its code kept once, in a file named by its hash, beside one file per operation naming its
 * validators' hashes.
 *
 * The build compiles every validator ahead of time and ships each contract's files as one
 * compressed file (`writeShipped`, dist/precompiled/): a process that finds nothing kept on this
 * machine reads them there, so a fresh install (a CI job's, every time) and a read-only one
 * compile nothing, as long as its libraries are the versions the build used.
 */
export class ValidatorCache {
  private readonly dir: string;
  // which Ajv instance compiled each function: standalone code is generated from its scope
  private readonly compiledBy = new WeakMap<ValidateFunction, Ajv>();
  // by validation context (its Ajv options differ: parameters are coerced, bodies are not) and the schema's hash
  private readonly compiled = new Map<string, ValidateFunction>();
  // the hash of each function's code, once kept or loaded; and the function for each hash loaded
  private readonly hashes = new WeakMap<ValidateFunction, string>();
  private readonly loaded = new Map<string, ValidateFunction>();
  private readonly shippedFile: string | undefined;
  // the shipped files by their path under this.dir, read on the first miss
  private shipped: Map<string, string> | undefined;

  constructor(root: string, contractText: string, settings: string, shipped?: ShippedValidators) {
    const versions = ['ajv', 'ajv-formats', 'openapi-backend'].map((p) => `${p}@${(requirePackage(`${p}/package.json`) as { version: string }).version}`).join(',');
    const key = createHash('sha256').update(`${CACHE_FORMAT}\n${versions}\n${settings}\n${contractText}`).digest('hex').slice(0, 20);
    this.dir = join(root, 'validators', key);
    this.shippedFile = shipped && join(shipped.dir, `${shipped.name}.${key}.validators.json.br`);
  }

  /**
   * Compile through `ajv` (openapi-backend makes one Ajv per validator set) only schemas this
   * contract has not compiled in `context` before, remembering which instance compiled each.
   */
  track(ajv: Ajv, context: string): Ajv {
    const compile = ajv.compile.bind(ajv);
    ajv.compile = ((schema: object) => {
      const hash = schemaHash(schema);
      const key = hash && `${context} ${hash}`;
      let fn = key ? this.compiled.get(key) : undefined;
      if (!fn) {
        fn = compile(schema);
        this.compiledBy.set(fn, ajv);
        if (key) this.compiled.set(key, fn);
      }
      return fn;
    }) as Ajv['compile'];
    return ajv;
  }

  /** The operation's validators as kept before, or undefined. */
  load(operationId: string): OperationValidators | undefined {
    try {
      const saved = JSON.parse(this.read(operationFile(operationId))) as Saved;
      const responses = saved.responses && Object.fromEntries(Object.entries(saved.responses).map(([status, hash]) => [status, this.fromCode(hash)]));
      return { request: saved.request.map((hash) => this.fromCode(hash)), responses };
    } catch {
      // none kept, a file that does not read or run, or code gone from beside it: compiled afresh, and kept again
      return undefined;
    }
  }

  /** Keep freshly compiled validators for the next process: each function's code first, then the operation's file naming them. */
  save(operationId: string, validators: OperationValidators): void {
    let saved: Saved;
    try {
      saved = {
        request: validators.request.map((fn) => this.keep(fn)),
        responses: validators.responses && Object.fromEntries(Object.entries(validators.responses).map(([status, fn]) => [status, this.keep(fn)])),
      };
    } catch {
      // a function compiled elsewhere: the next process compiles again
      return;
    }
    keepFile(join(this.dir, operationFile(operationId)), JSON.stringify(saved));
  }

  /**
   * The files kept for these operations (each one's file and its validators' code), as one
   * brotli-compressed JSON object by path, written where the constructor was told the shipped ones
   * lie, for the package to ship (the build compiles them first); the file's path. Only what they
   * name is shipped, never another file a process left in the folder.
   */
  writeShipped(operationIds: string[]): string {
    if (!this.shippedFile) throw new Error('this cache was made without a place for shipped validators');
    const files: Record<string, string> = {};
    for (const id of operationIds) {
      const saved = this.keptFile(operationFile(id));
      files[operationFile(id)] = saved;
      const { request, responses } = JSON.parse(saved) as Saved;
      for (const hash of [...request, ...Object.values(responses ?? {})]) files[codeFile(hash)] ??= this.keptFile(codeFile(hash));
    }
    mkdirSync(dirname(this.shippedFile), { recursive: true });
    writeFileSync(this.shippedFile, brotliCompressSync(JSON.stringify(files), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
    return this.shippedFile;
  }

  /** A file this machine kept, for the build to ship: one it could not keep is an error that says where. */
  private keptFile(path: string): string {
    try {
      return readFileSync(join(this.dir, path), 'utf8');
    } catch (e) {
      throw new Error(`${join(this.dir, path)} was not kept (${(e as Error).message}); the build keeps every validator there before it ships them, so that folder must be writable`);
    }
  }

  /** A file kept under this contract's folder on this machine, else as the build shipped it; throws when neither has it. */
  private read(path: string): string {
    try {
      return readFileSync(join(this.dir, path), 'utf8');
    } catch (e) {
      const shipped = this.shippedFiles().get(path);
      if (shipped === undefined) throw e;
      return shipped;
    }
  }

  private shippedFiles(): Map<string, string> {
    if (!this.shipped) {
      try {
        if (!this.shippedFile) throw new Error('none shipped');
        this.shipped = new Map(Object.entries(JSON.parse(brotliDecompressSync(readFileSync(this.shippedFile)).toString('utf8')) as Record<string, string>));
      } catch {
        // none shipped for this key (another contract text or library version), or a file that does not read: compiled here
        this.shipped = new Map();
      }
    }
    return this.shipped;
  }

  private fromCode(hash: string): ValidateFunction {
    let fn = this.loaded.get(hash);
    if (!fn) {
      fn = evaluate(this.read(codeFile(hash)));
      this.loaded.set(hash, fn);
      this.hashes.set(fn, hash);
    }
    return fn;
  }

  /** The hash naming `fn`'s code, written once per process. */
  private keep(fn: ValidateFunction): string {
    let hash = this.hashes.get(fn);
    if (hash === undefined) {
      const ajv = this.compiledBy.get(fn);
      if (!ajv) throw new Error('a validator not compiled by a tracked Ajv instance');
      const code = standaloneCode(ajv, fn);
      hash = createHash('sha256').update(code).digest('hex').slice(0, 20);
      keepFile(join(this.dir, codeFile(hash)), code);
      this.hashes.set(fn, hash);
    }
    return hash;
  }
}

/** Where an operation's file lies under a contract's folder. */
function operationFile(operationId: string): string {
  return `${encodeURIComponent(operationId)}.json`;
}

/** Where a validator's code lies under a contract's folder (with / on every system: the shipped file's keys). */
function codeFile(hash: string): string {
  return `code/${hash}.js`;
}

/** A hash of a schema's JSON, to know it again; undefined for one that refers to itself, which is compiled each time. */
function schemaHash(schema: object): string | undefined {
  let json: string;
  try {
    json = JSON.stringify(schema);
  } catch {
    return undefined;
  }
  return createHash('sha256').update(json).digest('hex');
}

/** What standalone code may require: Ajv's runtime helpers and ajv-formats' formats, nothing else. */
function runtimeRequire(id: string): unknown {
  if (!/^ajv\/dist\/runtime\/[\w-]+$|^ajv-formats\/dist\/formats$/.test(id)) throw new Error(`cached validator code asked for '${id}', which no validator needs`);
  return requirePackage(id);
}

/** Standalone code is a CommonJS module exporting the validate function. */
function evaluate(code: string): ValidateFunction {
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', code)(runtimeRequire, module, module.exports);
  if (typeof module.exports !== 'function') throw new Error('cached validator code exports no function');
  return module.exports as ValidateFunction;
}
