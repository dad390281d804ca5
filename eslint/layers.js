/**
 * Folder layers, checked on resolved paths the way VS Code's own `code-layering` rule does: a
 * relative import is resolved against the importing file and the target's repo path is matched
 * against the importing folder's rules. Two checks:
 *  - layers: a file under `from` may import nothing under any `forbid` folder (or, with `only`,
 *    nothing in the repo outside those folders);
 *  - barrels: a folder with an index.ts is entered through it; a file outside the folder may not
 *    import one of its modules directly (`core/data/coverage` → `core/data`).
 * Package imports (vue, valibot, node:fs) are left to no-restricted-imports.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const posix = (p) => p.split(sep).join('/');
const under = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/** The barrel folder (one with an index.ts) that `target` reaches into from `fromDir`, if any. */
function barrelSkipped(fromDir, target, entries) {
  const parts = target.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    if (under(fromDir, folder) || entries.includes(folder)) continue;
    const rest = parts
      .slice(i)
      .join('/')
      .replace(/\.(ts|js|vue)$/, '');
    if (rest === 'index') return null;
    if (existsSync(join(ROOT, folder, 'index.ts'))) return folder;
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce folder layers and index.ts barrels on resolved import paths' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                from: { type: 'string' },
                forbid: { type: 'array', items: { type: 'string' } },
                only: { type: 'array', items: { type: 'string' } },
                message: { type: 'string' },
              },
              required: ['from', 'message'],
              additionalProperties: false,
            },
          },
          entries: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      layer: "'{{spec}}' reaches {{target}}: {{why}}",
      barrel: "'{{spec}}' reaches past {{barrel}}/index.ts: import from '{{barrel}}' instead.",
    },
  },
  create(context) {
    const { layers = [], entries = [] } = context.options[0] ?? {};
    const file = posix(relative(ROOT, context.filename));
    if (file.startsWith('..')) return {};
    const fromDir = posix(dirname(file));
    const mine = layers.filter((l) => under(file, l.from));

    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = posix(relative(ROOT, resolve(ROOT, fromDir, spec)));
      if (target.startsWith('..')) return;
      for (const layer of mine) {
        const bad = layer.only
          ? !layer.only.some((f) => under(target, f))
          : (layer.forbid ?? []).some((f) => under(target, f));
        if (bad) {
          context.report({
            node: node.source,
            messageId: 'layer',
            data: { spec, target, why: layer.message },
          });
          return;
        }
      }
      const barrel = barrelSkipped(fromDir, target, entries);
      if (barrel)
        context.report({ node: node.source, messageId: 'barrel', data: { spec, barrel } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
