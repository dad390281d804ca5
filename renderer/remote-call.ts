/**
 * One call to the handler table over the browser harness's HTTP (`POST /api/<method>`), with no
 * dependency on the contract's schemas: api.ts builds the whole API on it, and boot-prefetch.ts
 * uses it before the rest of the app has loaded. In Electron both use `window.atlas` instead.
 */
type Envelope =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

export class RemoteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RemoteError';
  }
}

export function httpCall(method: string, args: unknown[]): Promise<unknown> {
  const response = fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return httpReply(method, response);
}

/** The value of a reply, or its error as a RemoteError (also for requests boot.js started). */
export async function httpReply(method: string, response: Promise<Response>): Promise<unknown> {
  const res = await response;
  if (!res.ok) throw new RemoteError('failed', `${method}: HTTP ${res.status}`);
  const reply = (await res.json()) as Envelope;
  if (reply.ok) return reply.value;
  throw new RemoteError(reply.error.code, reply.error.message);
}
