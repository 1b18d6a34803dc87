/**
 * The set-up's promise (`npm start` and `npm test` install everything on a
 * fresh machine) depends on better-sqlite3's install script building the
 * SQLite binding. npm 12 skips every dependency's install script that
 * `allowScripts` in package.json does not name, so a dependency added with an
 * install script must be reviewed and listed there, allowed or denied.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** npm's own list of installed packages whose install scripts allowScripts leaves unreviewed; null on an npm without the command (before 11.16). */
function unreviewedInstallScripts(): string[] | null {
  const r = spawnSync('npm', ['install-scripts', 'ls', '--json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return null;
  const list = (JSON.parse(r.stdout) as { allowScripts?: { name: string }[] }).allowScripts ?? [];
  return list.map((entry) => entry.name);
}

describe('install scripts (package.json allowScripts)', () => {
  const pending = unreviewedInstallScripts();

  it.skipIf(pending === null)('every installed package with an install script is listed, allowed or denied', () => {
    expect(pending, 'add these to allowScripts in package.json, true or false, after reading their scripts').toEqual([]);
  });

  it('better-sqlite3 may build its binding; Puppeteer may not download a browser of its own', () => {
    const { allowScripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { allowScripts: Record<string, boolean> };
    expect(allowScripts['better-sqlite3']).toBe(true);
    expect(allowScripts.puppeteer).toBe(false);
  });
});
