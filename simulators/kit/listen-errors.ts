/**
 * Why a server could not start listening, said so the user can act on it: which setting holds
 * the port or host, its value, and what to set instead. Node's own `listen EADDRINUSE …` or
 * `getaddrinfo ENOTFOUND …` names neither the variable nor the fix.
 */

/** The settings a server's port and host came from (`TOGAI_PORT`, `SANDBOX_HOST`), to name in messages. */
export interface ListenVariables {
  portVariable?: string;
  hostVariable?: string;
}

/** A server that could not listen, with a one-line message meant to be printed as is (no stack). */
export class ListenError extends Error {
  override name = 'ListenError';
  constructor(
    message: string,
    /** Node's error code (`EADDRINUSE`, `ENOTFOUND`, …). */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Codes that mean the host is not an address of this machine, or does not resolve at all. */
const HOST_CODES = new Set(['EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAFNOSUPPORT']);

/**
 * The actionable error for a failed listen on `host`:`port`, or undefined when the failure is
 * none of the user's settings (then the original error is the better report).
 */
export function explainListenError(error: unknown, where: { host: string; port: number }, names: ListenVariables = {}): ListenError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  const { host, port } = where;
  const portSetting = names.portVariable ? `${names.portVariable}=${port}: ` : '';
  const setPort = names.portVariable ? `set ${names.portVariable} to another port` : 'choose another port';
  if (code === 'EADDRINUSE') {
    return new ListenError(`${portSetting}port ${port} on ${host} is already in use; stop what holds it or ${setPort} (0 picks a free one)`, code, { cause: error });
  }
  if (code === 'EACCES') {
    return new ListenError(`${portSetting}port ${port} on ${host} needs privileges this process lacks (EACCES); ${setPort} from 1024 up (0 picks a free one)`, code, { cause: error });
  }
  if (HOST_CODES.has(code)) {
    const hostSetting = names.hostVariable ? `${names.hostVariable}=${JSON.stringify(host)}` : `host ${JSON.stringify(host)}`;
    return new ListenError(`${hostSetting}: cannot listen on it (${code}); use an address of this machine such as 127.0.0.1`, code, { cause: error });
  }
  return undefined;
}

/** Run `listen`; a failure caused by the port or host is rethrown as a ListenError naming the setting. */
export async function listenExplained<T>(listen: () => Promise<T>, where: { host: string; port: number }, names: ListenVariables = {}): Promise<T> {
  try {
    return await listen();
  } catch (e) {
    throw explainListenError(e, where, names) ?? e;
  }
}
