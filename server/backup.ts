/**
 * Backup and restore of the embedded database (on PostgreSQL the firm's own
 * tools are pg_dump and pg_restore).
 *
 * `npm run backup -- <file>`: a consistent copy taken while the server keeps
 * running. `VACUUM INTO` reads one snapshot in one read transaction, so saves
 * go on meanwhile (WAL) and the copy is neither torn nor restarted by them,
 * as SQLite's page-by-page backup would be on a busy server. The copy is then
 * opened and checked before it is called good.
 *
 * `npm run restore -- <file>`: the copy checked first, then put in place of
 * the database with the server stopped; the database it replaces is kept
 * aside, whole, never deleted.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, constants, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { countWord } from '../rules/calc/numbers.ts';
import { DataDirectoryInUseError, holdDataDirectory } from './store/sqlite.ts';
import { OperatorError } from './errors.ts';

export class BackupError extends OperatorError {}

export type BackupSummary = { file: string; drafts: number; revisions: number; users: number; teams: number };

export function backupDatabase(dataDir: string, destination: string): BackupSummary {
  const source = join(dataDir, 'cigd.sqlite');
  const file = resolve(destination);
  if (!existsSync(source)) {
    throw new BackupError(`Nessun archivio in ${resolve(dataDir)}: controlla CIGD_DATA_DIR.`, `no database at ${source}`);
  }
  if (!existsSync(dirname(file))) {
    throw new BackupError(`La cartella ${dirname(file)} non esiste: creala o scegli un'altra destinazione.`, `backup directory missing: ${dirname(file)}`);
  }
  // Created empty and exclusively (VACUUM INTO accepts an empty file): an
  // existing file is never touched, and whatever is left on failure is ours to remove.
  try {
    closeSync(openSync(file, 'wx'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new BackupError(`Il file ${file} esiste già: scegli un nome nuovo, la copia non sovrascrive nulla.`, `backup target exists: ${file}`);
    }
    throw err;
  }
  try {
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      db.prepare('VACUUM INTO ?').run(file);
    } finally {
      db.close();
    }
    syncToDisk(file); // SQLite does not sync what VACUUM INTO writes
    return verify(file);
  } catch (err) {
    rmSync(file, { force: true }); // no half copy left to be restored by mistake
    if (err instanceof BackupError) throw new BackupError(`${err.italian} La copia è stata eliminata: riprova.`, err.message);
    throw err;
  }
}

/** A file and then its directory entry, on disk. */
function syncToDisk(file: string): void {
  for (const path of [file, dirname(file)]) {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** A copy opened on its own: SQLite's integrity check, and what it holds (which also shows it is a CIGD database). */
function verify(file: string): BackupSummary {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`La copia ${file} non ha superato il controllo di integrità.`, `integrity_check of ${file}: ${check}`);
    const count = (table: string) => copy!.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return { file, drafts: count('drafts'), revisions: count('draft_revisions'), users: count('users'), teams: count('teams') };
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${file} non è una copia dell'archivio CIGD leggibile.`, `not a readable CIGD database: ${file} (${(err as Error).message})`);
  } finally {
    copy?.close();
  }
}

export type RestoreSummary = BackupSummary & { keptAside: string | null };

/**
 * Puts the copy `backupFile` in place of the database in `dataDir`. The
 * copy is checked first, so a bad file changes nothing; the server must be
 * stopped (it holds the data directory; one of an earlier version, by its
 * open connection, makes the exclusive lock fail); the database it replaces
 * is first checkpointed, so that it is whole in one file, and kept aside
 * under a dated name. The data directory is held (`cigd.lock`) from
 * the check to the end, so no server starts on a database being replaced.
 */
export function restoreDatabase(dataDir: string, backupFile: string): RestoreSummary {
  const source = resolve(backupFile);
  if (!existsSync(source)) throw new BackupError(`Il file ${source} non esiste.`, `no backup at ${source}`);
  const summary = verify(source);
  mkdirSync(dataDir, { recursive: true });
  let directory: Database.Database;
  try {
    directory = holdDataDirectory(dataDir); // no server starts on it until the copy is in place
  } catch (err) {
    if (err instanceof DataDirectoryInUseError) throw serverRunning(dataDir);
    throw err;
  }
  try {
    return putInPlace(dataDir, source, summary);
  } finally {
    directory.close();
  }
}

const serverRunning = (dataDir: string) =>
  new BackupError('Il server CIGD è in funzione su questo archivio: fermalo, poi ripeti il ripristino. Non è stato cambiato nulla.', `database in use: ${resolve(dataDir)}`);

function putInPlace(dataDir: string, source: string, summary: BackupSummary): RestoreSummary {
  const target = resolve(dataDir, 'cigd.sqlite');
  let keptAside: string | null = null;
  if (existsSync(target)) {
    const current = new Database(target, { fileMustExist: true, timeout: 0 });
    try {
      current.pragma('locking_mode = EXCLUSIVE');
      try {
        current.exec('BEGIN EXCLUSIVE');
        current.exec('COMMIT');
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
        throw serverRunning(dataDir); // one of an earlier version, which held no cigd.lock
      }
      current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
    keptAside = `${target}.prima-del-ripristino-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, keptAside);
    for (const sidecar of ['-wal', '-shm']) {
      if (existsSync(target + sidecar)) renameSync(target + sidecar, keptAside + sidecar); // never applied to the restored file
    }
  }
  const incoming = `${target}.ripristino-in-corso`;
  try {
    rmSync(incoming, { force: true }); // left by a restore that was interrupted: never a database in use
    copyFileSync(source, incoming, constants.COPYFILE_EXCL);
    syncToDisk(incoming);
    renameSync(incoming, target);
  } catch (err) {
    rmSync(incoming, { force: true });
    if (keptAside && !existsSync(target)) renameSync(keptAside, target); // the database as it was
    const message = err instanceof Error ? err.message : String(err);
    throw new BackupError(`Ripristino non riuscito (${message}): l'archivio è stato lasciato com'era.`, `restore failed before the swap: ${message}`);
  }
  syncToDisk(target);
  return { ...summary, file: target, keptAside };
}

const USAGE = {
  backup: 'Uso: npm run backup -- <file di destinazione>   (es. npm run backup -- copie/cigd-2026-11-23.sqlite)',
  restore: 'Uso: npm run restore -- <copia di sicurezza>   (a server fermo; es. npm run restore -- copie/cigd-2026-11-23.sqlite)',
};

function main([command, ...args]: string[]): number {
  if (command !== 'backup' && command !== 'restore') {
    console.error(`${USAGE.backup}\n${USAGE.restore}`);
    return 2;
  }
  if (process.env.DATABASE_URL) {
    const tool = command === 'backup' ? 'pg_dump' : 'pg_restore';
    console.error(`L'archivio è PostgreSQL (DATABASE_URL): usa ${tool}. (${command} is for the embedded store; use ${tool})`);
    return 2;
  }
  if (args.length !== 1) {
    console.error(USAGE[command]);
    return 2;
  }
  const dataDir = process.env.CIGD_DATA_DIR || './data';
  const holds = (s: BackupSummary) =>
    `${countWord(s.teams, 'team', 'team')}, ${countWord(s.users, 'utente', 'utenti')}, ${countWord(s.drafts, 'bozza', 'bozze')}, ${countWord(s.revisions, 'revisione', 'revisioni')}.`;
  try {
    if (command === 'backup') {
      const s = backupDatabase(dataDir, args[0]);
      console.log(`Copia di sicurezza completata e verificata: ${s.file}`);
      console.log(holds(s));
    } else {
      const s = restoreDatabase(dataDir, args[0]);
      console.log(`Ripristino completato: ${s.file}`);
      console.log(holds(s));
      if (s.keptAside) console.log(`L'archivio sostituito è conservato in ${s.keptAside}: eliminalo solo dopo aver controllato i dati ripristinati.`);
    }
    return 0;
  } catch (err) {
    if (err instanceof OperatorError) { // a BackupError, or the data directory's own (cigd.lock)
      console.error(`${err.italian} (${err.message})`);
    } else {
      const message = err instanceof Error ? err.message : String(err);
      const what = command === 'backup' ? 'Copia di sicurezza non riuscita, nessun file lasciato' : 'Ripristino non riuscito';
      console.error(`${what}: ${message} (${command} failed)`);
    }
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
