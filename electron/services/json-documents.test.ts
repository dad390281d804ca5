import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ELASTICITIES,
  scenarioFileFromSpec,
  serializeScenarioFile,
} from '../../core/scenario';
import type { FileDialogs, FileFilter } from './file-dialogs';
import { RECIPE_DOCUMENT } from './import/recipe-files';
import { jsonDocumentFiles } from './json-documents';
import { BRIEFING_DOCUMENT } from './print/print-files';
import { SCENARIO_DOCUMENT } from './scenario/scenario-files';

interface Call {
  name?: string;
  text?: string;
  filter: FileFilter;
  maxBytes?: number;
}

/** Dialogs that write nowhere and remember what they were asked. */
function fakeDialogs(calls: Call[]): FileDialogs {
  return {
    saveText: async (name, text, filter) => {
      calls.push({ name, text, filter });
      return { status: 'saved', name, path: `/tmp/${name}` };
    },
    saveBytes: async () => ({ status: 'cancelled' }),
    openText: async (filter, maxBytes) => {
      calls.push({ filter, maxBytes });
      return { status: 'cancelled' };
    },
  };
}

const scenarioText = (pct: number) =>
  serializeScenarioFile(
    scenarioFileFromSpec('US −20%', 2025, {
      shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct }],
      elasticities: { ...DEFAULT_ELASTICITIES },
    }),
  );

describe('JSON documents', () => {
  it('write a scenario that opens again, under its kind’s name and filter', async () => {
    const calls: Call[] = [];
    const files = jsonDocumentFiles(fakeDialogs(calls), SCENARIO_DOCUMENT);
    const text = scenarioText(-20);
    expect((await files.save({ suggestedName: 'US', text })).status).toBe('saved');
    await files.save({ suggestedName: 'kept.json', text });
    await files.open();
    expect(calls).toEqual([
      { name: 'US.scenario.json', text, filter: SCENARIO_DOCUMENT.filter },
      { name: 'kept.json', text, filter: SCENARIO_DOCUMENT.filter },
      { filter: SCENARIO_DOCUMENT.filter, maxBytes: SCENARIO_DOCUMENT.maxText },
    ]);
    expect(SCENARIO_DOCUMENT.filter).toEqual({ name: 'Scenario (JSON)', extensions: ['json'] });
  });

  it('name every kind’s files after its noun, as the renderer does', () => {
    expect([SCENARIO_DOCUMENT, BRIEFING_DOCUMENT, RECIPE_DOCUMENT].map((k) => k.suffix)).toEqual([
      '.scenario.json',
      '.briefing.json',
      '.recipe.json',
    ]);
    const filters = [SCENARIO_DOCUMENT, BRIEFING_DOCUMENT, RECIPE_DOCUMENT].map(
      (k) => k.filter.name,
    );
    expect(filters).toEqual(['Scenario (JSON)', 'Briefing (JSON)', 'Import recipe (JSON)']);
  });

  it('refuse one that would not open again, saying why in words, and write nothing', async () => {
    const calls: Call[] = [];
    const dialogs = fakeDialogs(calls);
    const scenario = jsonDocumentFiles(dialogs, SCENARIO_DOCUMENT).save({
      suggestedName: 'US',
      text: scenarioText(-250),
    });
    await expect(scenario).rejects.toThrow(/^The scenario was not saved: shock 1/);
    await expect(scenario).rejects.not.toThrow(/object Object/);
    const briefing = jsonDocumentFiles(dialogs, BRIEFING_DOCUMENT).save({
      suggestedName: 'b',
      text: '{"format": 1',
    });
    await expect(briefing).rejects.toThrow(/^The briefing was not saved: /);
    const recipe = jsonDocumentFiles(dialogs, RECIPE_DOCUMENT).save({
      suggestedName: 'r',
      text: '[]',
    });
    await expect(recipe).rejects.toThrow(/^The recipe was not saved: /);
    expect(calls).toEqual([]);
  });
});
