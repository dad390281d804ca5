/**
 * What a number box the user typed into holds. One rule for every such box: an empty box is not
 * 0 (it means "no value" where the box allows that, and is refused elsewhere), text that is no
 * finite number is refused, and a value beyond the box's bounds is brought to the nearer bound
 * (or refused, where the bounds are the meaning of the value).
 */

export interface NumberInputRule {
  /** Bounds the value is brought within (or refused outside, with `refuseOutside`). */
  min?: number;
  max?: number;
  /** A value outside the bounds is refused instead of brought to the nearer bound: a share of
   * 150% is more likely a slip for 15.0 than a wish for 100. */
  refuseOutside?: boolean;
  /** Whole numbers only: a typed 12.6 becomes 13. */
  integer?: boolean;
  /** An emptied box means "no value" (null) instead of being refused. */
  emptyIsNull?: boolean;
}

export type NumberInput = { ok: true; value: number | null } | { ok: false };

export function readNumberInput(raw: string, rule: NumberInputRule = {}): NumberInput {
  if (raw.trim() === '') return rule.emptyIsNull ? { ok: true, value: null } : { ok: false };
  const typed = Number(raw);
  if (!Number.isFinite(typed)) return { ok: false };
  const whole = rule.integer ? Math.round(typed) : typed;
  const outside = whole < (rule.min ?? -Infinity) || whole > (rule.max ?? Infinity);
  if (outside && rule.refuseOutside) return { ok: false };
  const value = Math.min(rule.max ?? Infinity, Math.max(rule.min ?? -Infinity, whole));
  return { ok: true, value };
}
