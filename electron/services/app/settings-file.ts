/**
 * The settings file, `settings.json` in the user-data folder: versioned JSON, written atomically.
 * A field that cannot be used falls back to its default and says so; a file that cannot be read
 * at all is kept aside (never deleted) and the defaults are used, with a notice.
 */
import { readFile, rename } from 'node:fs/promises';
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
} from '../../../core/app-api';
import { writeFileAtomic } from '../store';

export interface SettingsRead {
  settings: Settings;
  notice: string | null;
}

/** Each field checked on its own, so one bad value does not throw away the others. */
function salvage(raw: Record<string, unknown>): { settings: Settings; bad: string[] } {
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const bad: string[] = [];
  const fields = settingsSchema.entries as Record<string, v.GenericSchema>;
  for (const [key, schema] of Object.entries(fields)) {
    if (key === 'version' || !(key in raw)) continue;
    const parsed = v.safeParse(schema, raw[key]);
    if (parsed.success) settings[key] = parsed.output;
    else bad.push(key);
  }
  for (const key of Object.keys(raw)) if (!(key in fields)) bad.push(key);
  return { settings: settings as unknown as Settings, bad };
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

export async function readSettings(path: string, now = new Date()): Promise<SettingsRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { settings: { ...DEFAULT_SETTINGS }, notice: null };
    return {
      settings: { ...DEFAULT_SETTINGS },
      notice: `The settings file ${path} could not be read (${(error as Error).message}); the defaults are in effect.`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || version !== SETTINGS_VERSION) {
    const keptAt = `${path}.damaged-${stamp(now)}`;
    await rename(path, keptAt).catch(() => undefined);
    const why =
      typeof version === 'number' && version > SETTINGS_VERSION
        ? `was written by a newer version of the app (version ${version})`
        : 'is damaged';
    return {
      settings: { ...DEFAULT_SETTINGS },
      notice: `The settings file ${why}; the defaults are in effect. The old file was kept as ${keptAt}.`,
    };
  }
  const { settings, bad } = salvage(raw as Record<string, unknown>);
  return {
    settings,
    notice: bad.length
      ? `Some settings could not be used (${bad.join(', ')}); their defaults are in effect.`
      : null,
  };
}

export async function writeSettings(path: string, settings: Settings): Promise<Settings> {
  const checked = v.parse(settingsSchema, settings);
  await writeFileAtomic(path, `${JSON.stringify(checked, null, 2)}\n`, { overwrite: true });
  return checked;
}
