import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exposureEditsSchema } from './scenario-api';

const edit = (over: Record<string, unknown> = {}) => ({
  code: '340700',
  dimension: 'import_commodity',
  basis: 'import',
  category: 'copper_ore',
  pct: 35,
  ...over,
});

// Issue 13, item 8: saveExposureEdits accepted category "__proto__" and committed it.
describe('saveExposureEdits arguments', () => {
  it('accepts a model category of the dimension on a basis it uses', () => {
    expect(v.safeParse(exposureEditsSchema, [edit()]).success).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'toString', 'mars', 'other'])(
    'refuses category "%s" (not an editable category of the dimension)',
    (category) => {
      const r = v.safeParse(exposureEditsSchema, [edit({ category })]);
      expect(r.success).toBe(false);
      expect(r.issues?.[0]?.message).toContain(`unknown category ${category}`);
    },
  );

  it('refuses a basis the dimension does not use, and a JSON "__proto__" key', () => {
    expect(v.safeParse(exposureEditsSchema, [edit({ basis: 'export' })]).success).toBe(false);
    const withProto = JSON.parse('{"__proto__": {"x": 1}}') as object;
    expect(v.safeParse(exposureEditsSchema, [{ ...edit(), ...withProto }]).success).toBe(false);
  });
});
