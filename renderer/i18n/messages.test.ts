/**
 * Key parity and key use: the English messages have exactly the Chinese keys and placeholders,
 * no bundle silently overwrites another's key, and every key the renderer names in its source
 * exists in both languages (the way `map.coverageCompare` once showed raw in English).
 */
import { describe, expect, it } from 'vitest';
import { bundles, merge } from './index';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys of `a` that `b` lacks, both ways round: what would show raw in one language. */
function keyDiff(a: Tree, b: Tree): string[] {
  const ka = leaves(a);
  const kb = leaves(b);
  return [...[...ka.keys()].filter((k) => !kb.has(k)), ...[...kb.keys()].filter((k) => !ka.has(k))];
}

const placeholders = (message: string) =>
  [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*\}/g)].map((m) => m[1]!).sort();

const zh = leaves(merge('zh-CN') as Tree);
const en = leaves(merge('en') as Tree);

describe('message key parity', () => {
  it('gives each bundle the same keys in English as in Chinese', () => {
    for (const bundle of bundles)
      expect(keyDiff(bundle['zh-CN'] as Tree, bundle.en as Tree)).toEqual([]);
  });

  it('never lets one bundle overwrite a key of another', () => {
    const seen = new Map<string, number>();
    bundles.forEach((bundle, i) => {
      for (const key of leaves(bundle['zh-CN'] as Tree).keys()) {
        expect(seen.get(key), key).toBeUndefined();
        seen.set(key, i);
      }
    });
    expect(seen.size).toBe(zh.size);
  });

  it('uses the same placeholders in both languages', () => {
    // English may leave out a value Chinese words in (these two headings need no unit in English);
    // it may never ask for one the caller does not pass.
    const englishDropsUnit = new Set(['scenarioBasis.standIns', 'scenarioBasis.notComputableList']);
    const differ = [...zh]
      .filter(([key, text]) => {
        const zhNames = placeholders(text);
        const enNames = placeholders(en.get(key)!);
        if (enNames.some((n) => !zhNames.includes(n))) return true;
        return !englishDropsUnit.has(key) && zhNames.join() !== enNames.join();
      })
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('reports a key either language lacks', () => {
    expect(keyDiff({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' })).toEqual(['a.c', 'd']);
  });
});

/** Every renderer source file's text (tests excepted), read through Vite as the app is built. */
const sources: Record<string, string> = import.meta.glob(['../**/*.{ts,vue}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Keys named literally in `t('…')`/`$t('…')`, and the fixed heads of `t(\`head.${x}\`)`. */
export function keysNamedIn(source: string): { keys: string[]; heads: string[] } {
  const keys = [...source.matchAll(/\$?\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!);
  const heads = [...source.matchAll(/\$?\bt\(\s*`([\w.]+)\.\$\{/g)].map((m) => m[1]!);
  return { keys, heads };
}

describe('keys the renderer uses', () => {
  const used = Object.entries(sources).map(([file, text]) => ({ file, ...keysNamedIn(text) }));
  const groups = (messages: Map<string, string>) =>
    new Set(
      [...messages.keys()].flatMap((k) =>
        k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.')),
      ),
    );
  const zhGroups = groups(zh);
  const enGroups = groups(en);

  it('reads the keys out of source text', () => {
    expect(keysNamedIn("t('map.heading.city', { year }) + $t(`rankings.unit.${level}`)")).toEqual({
      keys: ['map.heading.city'],
      heads: ['rankings.unit'],
    });
    expect(used.flatMap((u) => u.keys).length).toBeGreaterThan(100);
  });

  it('finds every literal key in both languages', () => {
    const missing = used.flatMap(({ file, keys }) =>
      keys.filter((k) => !zh.has(k) || !en.has(k)).map((k) => `${k} (${file})`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the group of every computed key in both languages', () => {
    const missing = used.flatMap(({ file, heads }) =>
      heads.filter((h) => !zhGroups.has(h) || !enGroups.has(h)).map((h) => `${h} (${file})`),
    );
    expect(missing).toEqual([]);
  });
});
