// @vitest-environment happy-dom
/** One import problem: its words, where it is, and what each one-click fix asks of the wizard. */
import { describe, expect, it } from 'vitest';
import { problemText, type EntityRef, type ImportProblem } from '../../../core/import';
import { asAdcode } from '../../../core/model';
import { useImportWizard } from '../../stores/import-wizard';
import { useSettings } from '../../stores/settings';
import { mountAtlas } from '../../test-support/mount';
import ProblemItem from './ProblemItem.vue';

const xian: EntityRef = { code: asAdcode('610100'), zh: '西安', en: "Xi'an", level: 'city' };

const slip: ImportProblem = {
  severity: 'warning',
  row: 5,
  column: 'Total',
  letter: 'C',
  code: 'unit_slip',
  params: {
    entity: xian,
    metric: 'total',
    value: 498.79,
    factor: 10,
    to: 4987.9,
    currency: 'CNY',
    evidence: [{ ref: 'same_year', stored: 4987.9, source: 'S091' }],
  },
  fix: {
    kind: 'scale',
    row: 5,
    code: xian.code,
    metric: 'total',
    factor: 10,
    from: 498.79,
    to: 4987.9,
  },
};

const duplicate: ImportProblem = {
  severity: 'warning',
  row: null,
  column: 'D',
  letter: 'D',
  code: 'duplicate_field',
  params: { field: 'total', first: 'C' },
  fix: { kind: 'map', letter: 'D', field: 'total_yoy' },
};

const unknownName: ImportProblem = {
  severity: 'warning',
  row: 7,
  column: null,
  letter: null,
  code: 'unresolved_name',
  params: { printed: '西安市区', suggestions: [xian] },
  fix: { kind: 'alias', alias: '西安市区', code: xian.code },
};

const noNumber: ImportProblem = {
  severity: 'error',
  row: 9,
  column: 'Exports',
  letter: 'D',
  code: 'not_a_number',
  params: { reason: 'text', text: '约500' },
};

/** Mounted in one language: the messages and the settings (problem sentences, place names). */
async function mountProblem(problem: ImportProblem, locale: 'en' | 'zh-CN' = 'en') {
  const mounted = mountAtlas(ProblemItem, { props: { problem }, locale });
  useSettings().locale = locale;
  await mounted.wrapper.vm.$nextTick();
  return { ...mounted, wizard: useImportWizard() };
}

describe('ProblemItem', () => {
  it('shows severity, kind, row and column, and the problem in words', async () => {
    const { wrapper, missing } = await mountProblem(noNumber);
    expect(wrapper.attributes('data-code')).toBe('not_a_number');
    expect(wrapper.attributes('data-severity')).toBe('error');
    expect(wrapper.get('.badge').text()).toBe('error');
    expect(wrapper.get('.badge').classes()).toContain('sev-error');
    expect(wrapper.get('.problem-head .muted').text()).toBe('Row 9 · Exports');
    const text = wrapper.get('[data-testid="import-problem-text"]').text();
    expect(text).toContain('约500');
    expect(text).toBe(problemText(noNumber, 'en'));
    // Nothing to click where the checks offer no fix.
    expect(wrapper.find('.fixes').exists()).toBe(false);
    expect(wrapper.findAll('button')).toHaveLength(0);
    expect(missing).toEqual([]);
  });

  it('says "whole file" for a problem without a row', async () => {
    const { wrapper } = await mountProblem(duplicate);
    expect(wrapper.get('.problem-head .muted').text()).toBe('Whole file · D');
  });

  it('offers a unit slip both ways: scaling adds the scale fix, keeping adds an accept', async () => {
    const { wrapper, wizard, missing } = await mountProblem(slip);
    const fix = wrapper.get('[data-testid="import-fix"]');
    const keep = wrapper.get('[data-testid="import-accept"]');
    expect(fix.text()).toBe('Fix ×10: 498.79 → 4,987.9');
    expect(keep.text()).toBe('Keep as printed');
    expect(wizard.fixes).toEqual([]);
    await fix.trigger('click');
    expect(wizard.fixes).toEqual([slip.fix]);
    await keep.trigger('click');
    expect(wizard.fixes).toEqual([
      slip.fix,
      { kind: 'accept', row: 5, code: xian.code, metric: 'total', value: 498.79 },
    ]);
    expect(missing).toEqual([]);
  });

  it('maps a column with one click', async () => {
    const { wrapper, wizard, missing } = await mountProblem(duplicate);
    expect(wrapper.find('[data-testid="import-accept"]').exists()).toBe(false);
    const map = wrapper.get('[data-testid="import-fix-map"]');
    expect(map.text()).toBe('Read column D as Total YoY');
    await map.trigger('click');
    expect(wizard.overrides.map).toEqual({ D: 'total_yoy' });
    // A column fix is not a value fix.
    expect(wizard.fixes).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('teaches a name with one click, naming the place in the reader’s language', async () => {
    const { wrapper, wizard, missing } = await mountProblem(unknownName);
    const alias = wrapper.get('[data-testid="import-fix-alias"]');
    expect(alias.text()).toBe("Read “西安市区” as Xi'an (610100)");
    await alias.trigger('click');
    expect(wizard.taught).toEqual([{ alias: '西安市区', code: xian.code }]);
    expect(wizard.fixes).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('speaks Chinese in the Chinese interface', async () => {
    const { wrapper, missing } = await mountProblem(unknownName, 'zh-CN');
    expect(wrapper.get('.badge').text()).toBe('警告');
    expect(wrapper.get('.problem-head .muted').text()).toBe('第 7 行');
    expect(wrapper.get('[data-testid="import-problem-text"]').text()).toBe(
      problemText(unknownName, 'zh-CN'),
    );
    expect(wrapper.get('[data-testid="import-fix-alias"]').text()).toBe(
      '把“西安市区”认作西安（610100）',
    );
    expect(missing).toEqual([]);
  });
});
