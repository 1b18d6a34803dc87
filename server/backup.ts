/**
 * `npm run backup -- <file>`: a consistent copy of the embedded database,
 * taken while the server keeps running. `VACUUM INTO` reads one snapshot in
 * one read transaction, so saves go on meanwhile (WAL) and the copy is
 * neither torn nor restarted by them, as SQLite's page-by-page backup would
 * be on a busy server. The copy is then opened and checked before it is
 * called good. On PostgreSQL the firm's own tool is pg_dump.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export class BackupError extends Error {
  constructor(readonly italian: string, english: string) {
    super(english);
  }
}

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
    // SQLite does not sync what VACUUM INTO writes: the copy, then its directory entry.
    for (const path of [file, dirname(file)]) {
      const fd = openSync(path, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    return verify(file);
  } catch (err) {
    rmSync(file, { force: true }); // no half copy left to be restored by mistake
    throw err;
  }
}

/** The copy opened on its own: SQLite's integrity check, and what it holds. */
function verify(file: string): BackupSummary {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError('La copia non ha superato il controllo di integrità ed è stata eliminata: riprova.', `backup failed integrity_check: ${check}`);
    const count = (table: string) => copy.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return { file, drafts: count('drafts'), revisions: count('draft_revisions'), users: count('users'), teams: count('teams') };
  } finally {
    copy.close();
  }
}

function main(args: string[]): number {
  if (process.env.DATABASE_URL) {
    console.error('L\'archivio è PostgreSQL (DATABASE_URL): usa pg_dump per la copia di sicurezza. (backup is for the embedded store; use pg_dump)');
    return 2;
  }
  const destination = args[0];
  if (!destination || args.length > 1) {
    console.error('Uso: npm run backup -- <file di destinazione>   (es. npm run backup -- copie/cigd-2026-11-23.sqlite)');
    return 2;
  }
  try {
    const s = backupDatabase(process.env.CIGD_DATA_DIR || './data', destination);
    console.log(`Copia di sicurezza completata e verificata: ${s.file}`);
    console.log(`${s.teams} team, ${s.users} utenti, ${s.drafts} bozze, ${s.revisions} revisioni.`);
    return 0;
  } catch (err) {
    if (err instanceof BackupError) {
      console.error(`${err.italian} (${err.message})`);
    } else {
      const message = err instanceof Error ? err.message : String(err);
      console.error(`Copia di sicurezza non riuscita, nessun file lasciato: ${message} (backup failed)`);
    }
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
