// Finds the Electron binary without require('electron'), which in recent Electron tries to
// download it. Returns the absolute path, or null when the binary was never installed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function electronBinary() {
  const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');
  const pathTxt = join(pkgDir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}
