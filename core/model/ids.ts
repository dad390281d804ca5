/**
 * Branded primitive types. A brand costs nothing at run time but stops a 亿元 amount from being
 * passed where a percentage or a USD figure is expected, or a name where a code is.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A GB/T 2260 division code (6 digits). China as a whole uses `NATIONAL_CODE`. */
export type Adcode = Brand<string, 'Adcode'>;
/** An amount in 亿元 RMB (1亿 = 100 million yuan). */
export type Yi = Brand<number, 'Yi'>;
/** A source key such as `S091`. */
export type SourceId = Brand<string, 'SourceId'>;

export const NATIONAL_CODE = '100000' as Adcode;

export const asAdcode = (s: string): Adcode => s as Adcode;
export const asYi = (n: number): Yi => n as Yi;
export const asSourceId = (s: string): SourceId => s as SourceId;

/** Either a value or a typed error: used where a failure is an expected outcome, not a bug. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
