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

/** A request after decoding and contract validation, as handlers see it. */
export interface ValidRequest<Body = any> extends SimRequest {
  operationId: string;
  body: Body;
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
