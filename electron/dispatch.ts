/**
 * The one place where a call from the renderer meets the handler table: the method name is checked
 * against the contract and the arguments against its schema before anything runs. IPC (main) and
 * the browser harness (HTTP) both go through here, so they cannot drift apart.
 */
import * as v from 'valibot';
import { ApiError, argSchemas, type ApiMethod, type HandlerTable } from '../core/api';

export type Dispatch = (method: string, args: unknown) => Promise<unknown>;

const isMethod = (m: string): m is ApiMethod => Object.hasOwn(argSchemas, m);

export function createDispatch(table: HandlerTable): Dispatch {
  return async (method, args) => {
    if (!isMethod(method)) throw new ApiError('unknown_method', `Unknown method: ${method}`);
    const parsed = v.safeParse(argSchemas[method], args);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new ApiError(
        'bad_arguments',
        `${method}: invalid argument${where ? ` ${where}` : ''}: ${issue.message}`,
      );
    }
    const handler = table[method] as (...a: unknown[]) => Promise<unknown>;
    return handler(...(parsed.output as unknown[]));
  };
}

/** Turns any thrown value into the payload that crosses the process boundary. */
export function toErrorPayload(e: unknown): { code: ApiError['code']; message: string } {
  if (e instanceof ApiError) return { code: e.code, message: e.message };
  return { code: 'failed', message: e instanceof Error ? e.message : String(e) };
}
