// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { asSourceId, type Cell } from '../../core/model';
import { createAtlasI18n } from '../i18n';
import { useAtlasData } from '../stores/atlas-data';
import SourceRef from './SourceRef.vue';

const cell: Cell = {
  value: 45500,
  sourceId: asSourceId('S9'),
  flag: 'conflict',
  precision: 'rounded',
  note: 'Reported as 4.55万亿',
  confirmedBy: [asSourceId('S8')],
  alternates: [
    {
      value: 45400,
      sourceId: asSourceId('S7'),
      period: 'full_year',
      flag: null,
      note: '',
      status: 'lost',
    },
  ],
};

function mountRef(locale: 'zh-CN' | 'en') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const store = useAtlasData();
  store.data = {
    reference: { schemaVersion: 1, builtFrom: '', entities: [] },
    dataset: {
      schemaVersion: 1,
      builtFrom: '',
      unit: '亿元',
      rates: [],
      dataAsOf: '',
      figures: [],
      sources: [
        {
          id: asSourceId('S9'),
          title: 'Trade report',
          publisher: 'Daily',
          url: 'https://example.org/a',
          publishedDate: '2026-01-14',
          kind: 'news_agency',
        },
      ],
    },
    revision: { id: 0, createdAt: '', summary: '', fromFile: null, kind: { type: 'bundled' } },
    notices: [],
  };
  return mount(SourceRef, {
    props: { cell },
    attachTo: document.body,
    global: { plugins: [pinia, createAtlasI18n(locale)] },
  });
}

describe('SourceRef', () => {
  it('shows the source id and flag, and the details only on hover', async () => {
    const w = mountRef('zh-CN');
    expect(w.text()).toContain('S9');
    expect(w.text()).toContain('来源冲突');
    expect(w.get('[data-testid="source-pop"]').isVisible()).toBe(false);
    await w.trigger('mouseenter');
    const pop = w.get('[data-testid="source-pop"]');
    expect(pop.isVisible()).toBe(true);
    expect(pop.text()).toContain('Trade report');
    expect(pop.text()).toContain('https://example.org/a');
    expect(pop.text()).toContain('S8');
    expect(pop.text()).toContain('S7 · 45400');
  });

  it('speaks English when the locale is English', async () => {
    const w = mountRef('en');
    expect(w.text()).toContain('sources conflict');
  });
});
