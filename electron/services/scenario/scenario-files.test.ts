import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ELASTICITIES,
  scenarioFileFromSpec,
  serializeScenarioFile,
} from '../../../core/scenario';
import type { FileDialogs } from '../file-dialogs';
import { saveScenarioText } from './scenario-files';

/** Dialogs that write nowhere and remember what they were asked to save. */
function fakeDialogs(saved: { name: string; text: string }[]): FileDialogs {
  return {
    saveText: async (name, text) => {
      saved.push({ name, text });
      return { status: 'saved', name, path: `/tmp/${name}` };
    },
    saveBytes: async () => ({ status: 'cancelled' }),
    openText: async () => ({ status: 'cancelled' }),
  };
}

const file = (pct: number) =>
  scenarioFileFromSpec('US −20%', 2025, {
    shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct }],
    elasticities: { ...DEFAULT_ELASTICITIES },
  });

describe('saveScenarioText', () => {
  it('writes a scenario that opens again, under a .scenario.json name', async () => {
    const saved: { name: string; text: string }[] = [];
    const text = serializeScenarioFile(file(-20));
    const result = await saveScenarioText(fakeDialogs(saved), { suggestedName: 'US', text });
    expect(result.status).toBe('saved');
    expect(saved).toEqual([{ name: 'US.scenario.json', text }]);
  });

  it('refuses one that would not open again, saying why in words', async () => {
    const saved: { name: string; text: string }[] = [];
    const text = serializeScenarioFile(file(-250));
    const saving = saveScenarioText(fakeDialogs(saved), { suggestedName: 'US', text });
    await expect(saving).rejects.toThrow(/^The scenario was not saved: shock 1/);
    await expect(saving).rejects.not.toThrow(/object Object/);
    expect(saved).toEqual([]);
  });
});
