/** A request as every transport hands it to a simulator: already split, not yet validated. */
export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string | string[] | undefined>;
  headers: Record<string, string | string[] | undefined>;
  /** The body text as received; decoded against the operation's media type by the kit. */
  rawBody: string | undefined;
}

/**
 * The body an operation declares, from the `operations` interface openapi-typescript generates
 * (contracts/types/): its JSON, form or multipart schema, `| undefined` when the body is optional,
 * `undefined` when it takes none. The kit decodes and validates against that same schema before a
 * handler runs (Chargebee's form values are turned into the schema's types), so the type holds.
 * Anything that is not a generated operation gets `unknown`, for code that handles every operation.
 */
export type RequestBodyOf<Op> = Op extends { requestBody?: never }
  ? undefined
  : Op extends { requestBody: { content: infer C } }
    ? MediaTypeBody<C>
    : Op extends { requestBody?: { content: infer C } }
      ? MediaTypeBody<C> | undefined
      : unknown;

type MediaTypeBody<C> = C extends { 'application/json': infer B }
  ? B
  : C extends { 'application/x-www-form-urlencoded': infer B }
    ? B
    : C extends { 'multipart/form-data': infer B }
      ? B
      : unknown;

/**
 * The path parameters an operation declares, by name; always text, as taken from the URL. A legacy
 * path (x-legacy-paths) may carry more, such as Togai's `customer_id`, hence the open record.
 */
export type PathParamsOf<Op> = Op extends { parameters: { path: infer P } } ? { [K in keyof P]: string } & Record<string, string> : Record<string, string>;

/**
 * A request after decoding and contract validation, as handlers see it; `Op` is the operation's
 * generated type, which gives the body and path parameters their types. The query stays as sent
 * (text or lists of text): validation coerces it, but in-process calls may skip validation.
 */
export interface ValidRequest<Op = unknown> extends SimRequest {
  operationId: string;
  params: PathParamsOf<Op>;
  body: RequestBodyOf<Op>;
  /** Name and type of each uploaded file of a multipart body, by field; the body holds their text. */
  files: Record<string, { name: string; type: string }>;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a transport writes back: the body already serialised, so both transports send the same bytes. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** A fault the transport must act out: drop the connection, answer late, or never answer. */
  fault?: { kind: 'drop' } | { kind: 'latency'; ms: number } | { kind: 'hang'; ms: number };
}

export function header(req: SimRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** A value now or later: the request pipeline stays synchronous unless a step really waits. */
export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return value instanceof Promise;
}
