/**
 * Hostile scenario files from a seed: the presets saved as files, then mutated (deep nesting,
 * prototype names as keys and dimensions, absurd shocks and elasticities, cut text, junk types).
 */
import {
  mulberry32,
  PRESETS,
  presetSpec,
  scenarioFileFromSpec,
  serializeScenarioFile,
} from '../../core/scenario';

export interface ScenarioFuzzInput {
  text: string;
  mutation: string;
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const PROTO = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf'];
// Written into the JSON text as they stand (9007199254740993 is not a double: the parser rounds).
const ABSURD = [
  '1e308',
  '-1e308',
  '-1e6',
  '1e6',
  '9007199254740993',
  '-100.0001',
  '1e-320',
  '0',
  '-0',
  '1e22',
  '1e999',
];
/** A number no preset uses, replaced in the text by the absurd literal. */
const SENTINEL = 123456.789;

function presetFile(rand: Rand): Record<string, unknown> {
  const preset = pick(rand, PRESETS);
  return JSON.parse(
    serializeScenarioFile(scenarioFileFromSpec(preset.id, 2024, presetSpec(preset.id)!)),
  ) as Record<string, unknown>;
}

/** The `i`th hostile scenario file text; the same i always gives the same text. */
export function scenarioInput(i: number): ScenarioFuzzInput {
  const rand = mulberry32(0x5ce * 1_000_003 + i);
  if (i === 0) return { text: `{"a":${'['.repeat(10_000)}`, mutation: '10,000 open brackets' };
  if (i === 1)
    return {
      text: `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      mutation: '200,000 nested arrays',
    };
  const file = presetFile(rand);
  const shocks = file.shocks as Record<string, unknown>[];
  const elasticities = file.elasticities as Record<string, unknown>;
  let what: string;
  switch (Math.floor(rand() * 7)) {
    case 0: {
      const key = pick(rand, ['dimension', 'category', 'flow'] as const);
      const value = pick(rand, PROTO);
      shocks[0]![key] = value;
      what = `shock ${key} = ${value}`;
      break;
    }
    case 1: {
      const value = pick(rand, ABSURD);
      shocks[0]!.pct = SENTINEL;
      return {
        text: JSON.stringify(file).replace(String(SENTINEL), value),
        mutation: `shock pct = ${value}`,
      };
    }
    case 2: {
      const key = pick(rand, Object.keys(elasticities));
      const value = pick(rand, ABSURD);
      elasticities[key] = SENTINEL;
      return {
        text: JSON.stringify(file).replace(String(SENTINEL), value),
        mutation: `elasticity ${key} = ${value}`,
      };
    }
    case 3: {
      const key = pick(rand, PROTO);
      // The file as the app saves it (`serializeScenarioFile`), still unmutated here.
      const text = `${JSON.stringify(file, null, 2)}\n`.replace(
        '{',
        `{"${key}":{"polluted":true},`,
      );
      return { text, mutation: `top-level key ${key}` };
    }
    case 4: {
      const text = JSON.stringify(file);
      return { text: text.slice(0, Math.floor(rand() * text.length)), mutation: 'cut short' };
    }
    case 5: {
      const key = pick(rand, Object.keys(file));
      file[key] = pick(rand, [null, 'text', 42, [], {}, true, [[[[]]]]]);
      what = `${key} replaced by junk`;
      break;
    }
    default: {
      const copies = 1 + Math.floor(rand() * 20_000);
      file.shocks = Array.from({ length: copies }, () => ({ ...shocks[0] }));
      what = `${copies} copies of one shock`;
    }
  }
  return { text: JSON.stringify(file), mutation: what };
}
