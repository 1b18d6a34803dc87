/**
 * The set-up's promise (`npm start` and `npm test` install everything on a
 * fresh machine) depends on better-sqlite3's install script building the
 * SQLite binding. npm 12 skips every dependency's install script that
 * `allowScripts` in package.json does not name, so a dependency added with an
 * install script must be reviewed and listed there, allowed or denied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/**
 * The packages of the lockfile that have an install script (npm records it as
 * `hasInstallScript`), by name: what npm's `install-scripts ls` lists, read
 * from the file every install follows, so the check runs with any npm.
 */
function packagesWithInstallScripts(): string[] {
  const lock = readJson('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  return [...new Set(names)].sort();
}

describe('install scripts (package.json allowScripts)', () => {
  it('every package with an install script is listed, allowed or denied', () => {
    const { allowScripts } = readJson('package.json') as { allowScripts: Record<string, boolean> };
    const withScripts = packagesWithInstallScripts();
    expect(withScripts).toContain('better-sqlite3'); // the lockfile is read as it is written
    expect(withScripts.filter((name) => typeof allowScripts[name] !== 'boolean'), 'add these to allowScripts in package.json, true or false, after reading their scripts').toEqual([]);
  });

  it('better-sqlite3 may build its binding; Puppeteer may not download a browser of its own', () => {
    const { allowScripts } = readJson('package.json') as { allowScripts: Record<string, boolean> };
    expect(allowScripts['better-sqlite3']).toBe(true);
    expect(allowScripts.puppeteer).toBe(false);
  });
});
