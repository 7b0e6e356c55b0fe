import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { OpenAPIBackend, type Operation } from 'openapi-backend';
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CACHE_DIR, PROJECT_ROOT, PRECOMPILED_DIR } from './project-root.js';
import { keepFile } from './cache-file.js';
import { ValidatorCache } from './validator-cache.js';
import { runValidators, type ValidationIssue } from './validation.js';

export interface ContractOperation {
  operationId: string;
  method: string;
  /** The path as the contract writes it, e.g. `/customers/{customer_id}`. */
  path: string;
  /** Request body media types the operation accepts; empty when it takes no body. */
  mediaTypes: string[];
  bodyRequired: boolean;
  /** Query parameters declared as arrays: a single value arrives as a string and is wrapped. */
  arrayQuery: string[];
  /** Path parameters the operation declares; a legacy path may carry more. */
  pathParams: string[];
  /**
   * Older paths the vendor still answers for this operation (`x-legacy-paths`), such as Togai's
   * 2023 `/customers/{customer_id}/accounts/{account_id}`. Their extra parameters reach the
   * handler, which checks them; the contract validates only the parameters it declares.
   */
  legacyPaths: string[];
  raw: Operation;
}

/**
 * Two facts the contract fidelity checker cannot read are kept in extensions, and served as
 * plain OpenAPI:
 * - some real parameters have names ending in `[]` (Zuora's `filter[]`); an operation lists
 *   them under `x-bracketed-parameters` (as `$ref`s to components/parameters);
 * - Togai's reference documents "any other status" (its client's status 0) for an error body;
 *   an operation names that response under `x-default-response`, served as `default`.
 */
function servedDocument(doc: Record<string, any>): Record<string, any> {
  for (const item of Object.values<Record<string, any>>(doc.paths ?? {})) {
    for (const op of Object.values<any>(item)) {
      const extra = op?.['x-bracketed-parameters'];
      if (Array.isArray(extra)) {
        // moved, not shared: the dereferencer resolves each $ref object once, in one place
        op.parameters = [...(op.parameters ?? []), ...extra.map((p: object) => ({ ...p }))];
        delete op['x-bracketed-parameters'];
      }
      const fallback = op?.['x-default-response'];
      if (fallback) {
        op.responses = { ...op.responses, default: { ...fallback } };
        delete op['x-default-response'];
      }
    }
  }
  return doc;
}

// what shapes the validators' code beside the contract's text: part of their cache key.
// validateSchema off: openapi-backend makes an Ajv per validator set, and each compiled the JSON
// Schema meta-schema to check its schemas again, 40% of compiling a contract's validators; the
// contracts' schemas are checked once, against the OpenAPI schema, by test/contracts.test.ts
const AJV_OPTIONS = { allErrors: true, strict: false, validateSchema: false, code: { source: true } };
const FORMAT_MODE = 'fast';

/**
 * An OpenAPI contract loaded once per process: its operations, and openapi-backend's
 * validator for them. Each operation's validators are compiled on its first use, or loaded as
 * the code a process compiled before (ValidatorCache), and then reused.
 */
export class Contract {
  readonly operations: ContractOperation[];
  readonly byId = new Map<string, ContractOperation>();
  readonly serverUrl: string;
  /** Path prefix from the first server URL (`/api/v2` for Chargebee, empty for Togai). */
  readonly basePath: string;
  private readonly api: OpenAPIBackend;
  private readonly requestValidators = new Map<string, ValidateFunction[]>();
  private readonly cache: ValidatorCache;
  private readonly ready = new Set<string>();
  private readonly bodyValidators = new Map<string, ValidateFunction>();
  // holds the whole document once, for the component schemas compiled on their own (bodyValidator)
  private componentAjv: InstanceType<typeof AjvModule.default> | undefined;

  constructor(
    readonly file: string,
    readonly document: Record<string, any>,
    private readonly text = JSON.stringify(document),
    cacheRoot = CACHE_DIR,
  ) {
    this.cache = new ValidatorCache(cacheRoot, text, JSON.stringify({ AJV_OPTIONS, FORMAT_MODE }), { dir: PRECOMPILED_DIR, name: basename(file) });
    // quick: no definition check at start (a test does it), synchronous dereferencing, lazy compilation
    this.api = new OpenAPIBackend({
      definition: servedDocument(structuredClone(document)) as any,
      quick: true,
      strict: true,
      validate: true,
      ajvOpts: AJV_OPTIONS,
      // fast mode checks formats by pattern alone; the full mode's calendar checks cost more
      // than everything else in validating an ingested event
      customizeAjv: (ajv, _options, context) => {
        addFormats.default(ajv, { mode: FORMAT_MODE });
        return this.cache.track(ajv, context);
      },
    });
    void this.api.init();
    this.serverUrl = String(document.servers?.[0]?.url ?? 'http://localhost').replace(/\/$/, '');
    this.basePath = new URL(this.serverUrl).pathname.replace(/\/$/, '');
    this.operations = this.api.router.getOperations().map((op) => {
      const content = (op.requestBody as any)?.content ?? {};
      const params = (op.parameters ?? []) as any[];
      const arrays = params.filter((p) => p.in === 'query' && p.schema?.type === 'array').map((p) => p.name as string);
      const info: ContractOperation = {
        operationId: op.operationId!,
        method: op.method.toUpperCase(),
        path: op.path,
        mediaTypes: Object.keys(content),
        bodyRequired: Boolean((op.requestBody as any)?.required),
        arrayQuery: arrays,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name as string),
        legacyPaths: (op as { 'x-legacy-paths'?: string[] })['x-legacy-paths'] ?? [],
        raw: op,
      };
      this.byId.set(info.operationId, info);
      return info;
    });
  }

  operation(operationId: string): ContractOperation {
    const op = this.byId.get(operationId);
    if (!op) throw new Error(`${this.file} has no operation ${operationId}`);
    return op;
  }

  /** Validate the parts of a request the transport already split, against one known operation. */
  validateRequest(
    op: ContractOperation,
    parts: { path: Record<string, string>; query: Record<string, unknown>; header: Record<string, unknown>; body: unknown },
  ): ValidationIssue[] {
    let validators = this.requestValidators.get(op.operationId);
    if (!validators) {
      this.prepare(op.operationId);
      validators = this.api.validator.getRequestValidatorsForOperation(op.operationId) ?? [];
      this.requestValidators.set(op.operationId, validators);
    }
    // as openapi-backend's own request validation does: `filter[]=a` once is still a list
    for (const name of op.arrayQuery) if (typeof parts.query[name] === 'string') parts.query[name] = [parts.query[name]];
    const path = Object.keys(parts.path).length > op.pathParams.length ? declaredOnly(parts.path, op.pathParams) : parts.path;
    const input: Record<string, unknown> = { path, query: parts.query, header: parts.header, cookie: {} };
    if (parts.body !== undefined) input.requestBody = parts.body;
    return runValidators(validators, input);
  }

  /** Every operation's validators, compiled or loaded now; how many validator functions they are. */
  prepareAll(): number {
    let count = 0;
    for (const op of this.operations) {
      this.prepare(op.operationId);
      count += (this.api.validator.requestValidators[op.operationId] ?? []).length + Object.keys(this.api.validator.statusBasedResponseValidators[op.operationId] ?? {}).length;
    }
    return count;
  }

  /**
   * Write the contract parsed, and every operation's validators compiled (or loaded) with the
   * body validators asked for so far, into dist/precompiled/ for the package to ship; the files
   * written.
   */
  writePrecompiled(): string[] {
    const parsed = join(PRECOMPILED_DIR, parsedName(this.file, this.text));
    mkdirSync(PRECOMPILED_DIR, { recursive: true });
    writeFileSync(parsed, JSON.stringify(this.document));
    this.prepareAll();
    const ids = [...this.operations.map((op) => op.operationId), ...[...this.bodyValidators.keys()].map(componentId)];
    return [parsed, this.cache.writeShipped(ids)];
  }

  /**
   * Give openapi-backend an operation's validators before it looks for them: the code a process
   * compiled before, or compiled now and kept for the next.
   */
  private prepare(operationId: string): void {
    if (this.ready.has(operationId)) return;
    this.ready.add(operationId);
    const validator = this.api.validator;
    const saved = this.cache.load(operationId);
    if (saved) {
      validator.requestValidators[operationId] = saved.request;
      validator.statusBasedResponseValidators[operationId] = saved.responses;
      return;
    }
    const request = validator.getRequestValidatorsForOperation(operationId) ?? [];
    const responses = validator.getStatusBasedResponseValidatorForOperation(operationId);
    this.cache.save(operationId, { request, responses });
  }

  /**
   * A validator of `{ requestBody }` against one of the contract's component schemas alone (the
   * connector checks each kind of delivery so, not against the operation's oneOf of them all),
   * compiled once and kept beside the operations' validators, or loaded as kept before.
   */
  bodyValidator(schemaName: string): ValidateFunction {
    let validate = this.bodyValidators.get(schemaName);
    if (validate) return validate;
    const id = componentId(schemaName);
    validate = this.cache.load(id)?.request[0];
    if (!validate) {
      if (!this.componentAjv) {
        this.componentAjv = this.cache.track(new AjvModule.default(AJV_OPTIONS), 'component');
        addFormats.default(this.componentAjv, { mode: FORMAT_MODE });
        this.componentAjv.addSchema(this.document, 'contract');
      }
      validate = this.componentAjv.compile({ type: 'object', properties: { requestBody: { $ref: `contract${id}` } } });
      this.cache.save(id, { request: [validate], responses: null });
    }
    this.bodyValidators.set(schemaName, validate);
    return validate;
  }

  /** The response an operation documents for a status: the exact code, else its range (4XX), else default. */
  documentedResponse(operationId: string, status: number): Record<string, any> | undefined {
    const responses = (this.operation(operationId).raw.responses ?? {}) as Record<string, any>;
    return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  }

  /** Contract violations of a response, as readable strings; empty when it conforms. */
  responseViolations(operationId: string, status: number, body: unknown): string[] {
    const op = this.operation(operationId);
    const documented = this.documentedResponse(operationId, status);
    if (!documented) return [`status ${status} is not documented for ${operationId}`];
    const hasSchema = Boolean(documented.content?.['application/json']?.schema);
    if (!hasSchema) return body === undefined ? [] : [`status ${status} of ${operationId} documents no body, but one was sent`];
    this.prepare(operationId);
    const result = this.api.validator.validateResponse(body, op.raw, status);
    if (result.valid) return [];
    return (result.errors ?? []).map((e) => `${operationId} ${status} body${e.instancePath || ''}: ${e.message}`);
  }
}

/** The cache's name for a component schema's body validator: a name no operationId can take. */
function componentId(schemaName: string): string {
  return `#/components/schemas/${schemaName}`;
}

function declaredOnly(params: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => names.includes(name)));
}

const loaded = new Map<string, Contract>();

/** The name of a contract's parsed copy: the contract's, and its text's hash. */
function parsedName(file: string, text: string): string {
  return `${basename(file)}.${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
}

/**
 * Parse a contract's YAML, reusing a JSON copy of the same text, as a process kept it or as the
 * package shipped it: parsing the larger contracts as YAML takes a fifth of a second each, which
 * was most of a cold start.
 */
function parseContract(file: string): { document: Record<string, any>; text: string } {
  const text = readFileSync(file, 'utf8');
  const name = parsedName(file, text);
  for (const dir of [CACHE_DIR, PRECOMPILED_DIR]) {
    try {
      return { document: JSON.parse(readFileSync(join(dir, name), 'utf8')), text };
    } catch {
      // none there, or not whole: the next place, then the YAML
    }
  }
  // loaded here, not at the top: with a JSON copy present the YAML parser is never needed
  const doc = createRequire(import.meta.url)('yaml').parse(text);
  // a read-only install of a contract edited since the build parses the YAML every time
  keepFile(join(CACHE_DIR, name), JSON.stringify(doc));
  return { document: doc, text };
}

/** Load a contract from `contracts/`, once per process. */
export function loadContract(name: string): Contract {
  const file = contractPath(name);
  let contract = loaded.get(file);
  if (!contract) {
    const { document, text } = parseContract(file);
    contract = new Contract(file, document, text);
    loaded.set(file, contract);
  }
  return contract;
}

export function contractPath(name: string): string {
  return join(PROJECT_ROOT, 'contracts', name);
}
