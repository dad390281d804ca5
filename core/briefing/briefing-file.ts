/**
 * The briefing file (`*.briefing.json`): a cover (title, author), and the pinned views in order,
 * each with its heading, notes, the state it was pinned in, and what the data was then (revision
 * and a fingerprint of the figures it showed). Parsing never throws: a bad file gives problems
 * as data — where (a path) and what (a code) — which the renderer words in the reader's language.
 * A scenario pin's scenario is checked by the scenario file's own parser.
 */
import * as v from 'valibot';
import { fileStem } from '../format';
import { err, ok, type Result } from '../model';
import {
  jsonErrorOffset,
  lineColumn,
  tooDeepAt,
  parseScenarioFile,
  type ScenarioFile,
} from '../scenario';
import { pinStateSchema, type PinState } from './pin-state';

export const BRIEFING_FORMAT = 'city-trade-atlas-briefing';
export const BRIEFING_VERSION = 1;
/** A briefing holds a handful of pins; a file with more is not one a person made. */
export const MAX_BRIEFING_ITEMS = 50;
/** Briefings are tens of kilobytes (scenarios inside); anything near this is not one. */
export const MAX_BRIEFING_TEXT = 2_000_000;
const MAX_JSON_DEPTH = 40;

export interface PinnedData {
  /** The data revision current when the view was pinned (0: the bundled data). */
  revisionId: number;
  revisionDate: string;
  /** `pinFingerprint` of the figures the pin showed. */
  fingerprint: string;
}

export interface BriefingItem {
  id: string;
  heading: string;
  notes: string;
  pinnedAt: string;
  data: PinnedData;
  state: PinState;
}

export interface BriefingFile {
  format: typeof BRIEFING_FORMAT;
  version: typeof BRIEFING_VERSION;
  title: string;
  author: string;
  createdAt: string;
  items: BriefingItem[];
}

export type BriefingProblemCode =
  'json' | 'too_deep' | 'not_object' | 'not_briefing' | 'version' | 'invalid' | 'scenario';

export interface BriefingProblem {
  code: BriefingProblemCode;
  /** Where: `items.2.heading`, or '' for the whole file. */
  path: string;
  /** The 1-based item number the problem is in, when it is in one. */
  item: number | null;
  /** Technical detail (line and column, the validator's words), shown after the sentence. */
  detail: string;
}

const isoDate = v.pipe(v.string(), v.maxLength(40));
const itemSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'expected a short id')),
  heading: v.pipe(v.string(), v.maxLength(200)),
  notes: v.pipe(v.string(), v.maxLength(5000)),
  pinnedAt: isoDate,
  data: v.strictObject({
    revisionId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    revisionDate: isoDate,
    fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'expected a fingerprint')),
  }),
  state: pinStateSchema,
});
const fileSchema = v.strictObject({
  format: v.literal(BRIEFING_FORMAT),
  version: v.literal(BRIEFING_VERSION),
  title: v.pipe(v.string(), v.maxLength(200)),
  author: v.pipe(v.string(), v.maxLength(200)),
  createdAt: isoDate,
  items: v.pipe(v.array(itemSchema), v.maxLength(MAX_BRIEFING_ITEMS)),
});

const problem = (
  code: BriefingProblemCode,
  path: (string | number)[] = [],
  detail = '',
): BriefingProblem => ({
  code,
  path: path.join('.'),
  item: path[0] === 'items' && typeof path[1] === 'number' ? path[1] + 1 : null,
  detail,
});

/** Parses a briefing file; on failure returns every problem found. */
export function parseBriefingFile(text: string): Result<BriefingFile, BriefingProblem[]> {
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== null) return err([problem('too_deep', [], at(text, deep))]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err([problem('json', [], at(text, jsonErrorOffset(text) ?? text.length))]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err([problem('not_object')]);
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== BRIEFING_FORMAT) return err([problem('not_briefing', ['format'])]);
  if (head.version !== BRIEFING_VERSION) {
    return err([
      problem('version', ['version'], String(JSON.stringify(head.version)).slice(0, 20)),
    ]);
  }
  const parsed = v.safeParse(fileSchema, data);
  if (!parsed.success) {
    return err(
      parsed.issues.map((issue) =>
        problem(
          'invalid',
          (issue.path ?? []).map((p) => p.key as string | number),
          issue.message,
        ),
      ),
    );
  }
  const problems: BriefingProblem[] = [];
  const items = parsed.output.items.map((item, k) => {
    if (item.state.view !== 'scenarios') return item;
    const scenario = parseScenarioFile(JSON.stringify(item.state.file));
    if (!scenario.ok) {
      const first = scenario.error[0]!;
      problems.push(problem('scenario', ['items', k, 'state', 'file', ...first.path], first.code));
      return item;
    }
    return {
      ...item,
      state: { ...item.state, file: scenario.value as unknown as Record<string, unknown> },
    };
  });
  if (problems.length) return err(problems);
  return ok({ ...parsed.output, items } as BriefingFile);
}

function at(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** The scenario of a scenario pin (already checked when the file was read). */
export const scenarioOfPin = (state: Extract<PinState, { view: 'scenarios' }>): ScenarioFile =>
  state.file as unknown as ScenarioFile;

/** The file as saved: two-space indent and a trailing newline. */
export function serializeBriefingFile(file: BriefingFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name from a briefing title: no folders or reserved characters, CJK kept. */
export const briefingFileName = (title: string): string =>
  `${fileStem(title, 'briefing')}.briefing.json`;
