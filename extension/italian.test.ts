import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../rules/schema.ts';
import { draftValueIt, fieldLabel, partLabel } from './italian.ts';

it.each([
  ['workers[0].cigdDays', 'Giorni di CIGD chiesti (riga 1)'],
  ['workers[2].intermittent.daysWorkedLast12Months', 'Giornate lavorate negli ultimi 12 mesi (riga 3)'],
  ['workers[1].intermittent.calledBeforeCause', 'Chiamato prima della causale (riga 2)'],
  ['previousApplications', 'Domande precedenti'],
  ['previousApplications[0]', 'Domanda precedente (n. 1)'],
  ['submittedOn', 'Data di presentazione'],
  ['agreement.signedOn', 'Data sottoscrizione accordo'],
  ['reports[1].submittedOn', 'Data di invio del consuntivo (n. 2)'],
  ['reports[0].month', 'Mese del consuntivo (n. 1)'],
  ['reports[0].hours.RSSMRA80A01L219X', 'Ore del consuntivo (n. 1)'],
])('a finding on %s is named «%s», never by its draft path', (path, label) => {
  expect(fieldLabel(path, [])).toBe(label);
});

it.each([
  ['agreement', 'l’accordo sindacale'],
  ['inps', 'i dati INPS'],
  ['correctionEmail', 'la mail di rettifica'],
  ['attachments[0]', 'l’allegato n. 1'],
  ['reports[1]', 'il consuntivo n. 2'],
  ['suspensions[0]', 'la comunicazione di sospensione n. 1'],
  ['sr41[2]', 'il modello SR41 n. 3'],
])('a part left out of the checks, %s, is named «%s» in the sentence that lists them', (part, label) => {
  expect(partLabel(part)).toBe(label);
});

// Every path a rule names in a finding's `fields` (read from the rules' own source, so a new one is caught),
// with its row index set to 0: the overlay's «Campo:» names it in Italian, never as «sr41» or «employer.units».
it('every field a rule can point at has an Italian name', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(join(__dirname, '../rules/regimes'));
  const paths = new Set<string>();
  const pathLiteral = /['`]((?:[a-zA-Z0-9]+|\$\{[^}]+\})(?:\[(?:\$\{[^}]+\}|\d+)\]|\.[a-zA-Z0-9]+)*)['`]/g;
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    // `fields: [...]` and `fields.push(...)`: the places a finding's fields are written.
    for (const m of src.matchAll(/fields(?::\s*\[|\.push\()([^\]\)]*(?:\][^\]\)]*)*?)[\]\)]\s*[,}\n;]/g)) {
      for (const lit of m[1].matchAll(pathLiteral)) {
        const path = lit[1].replace(/\$\{[^}]+\}/g, '0');
        if (/^[a-zA-Z]/.test(path) && !path.includes(' ')) paths.add(path);
      }
    }
  }
  expect(paths.size).toBeGreaterThan(30);
  expect(paths).toContain('sr41');
  const unnamed = [...paths].filter((p) => fieldLabel(p, []) === p);
  expect(unnamed).toEqual([]);
});

// Every field the draft schema holds (read from the schema itself, so a new one is caught): a draft file
// refused at import names each bad field in Italian, and a field with no name of its own would be shown by its path.
it('every field of a draft file has an Italian name', () => {
  const paths: string[] = [];
  const walk = (schema: any, path: string) => {
    const def = schema._zod.def;
    // optional, nullable, default…: the field under it.
    if (def.innerType) return walk(def.innerType, path);
    if (path) paths.push(path);
    if (def.type === 'array') walk(def.element, `${path}[0]`);
    if (def.type === 'object') for (const [key, field] of Object.entries(def.shape)) walk(field, path ? `${path}.${key}` : key);
  };
  walk(draftSchema, '');
  expect(paths.length).toBeGreaterThan(80);
  expect(paths).toContain('employer.units[0].employees');
  expect(paths.filter((p) => fieldLabel(p, []) === p)).toEqual([]);
});

describe('draftValueIt', () => {
  it('words a draft value as the portals show it: dates, Sì/No, figures, coded values, lists, nothing', () => {
    expect(draftValueIt('period.end', '2020-04-05')).toBe('05/04/2020');
    expect(draftValueIt('employer.inCessation', true)).toBe('Sì');
    expect(draftValueIt('workers[2].requestedHours', 12345.5)).toBe('12.345,5');
    expect(draftValueIt('workers[2].contract', 'apprentice')).toBe('Apprendistato');
    expect(draftValueIt('workforce[0].contract', 'agency')).toBe('Somministrazione');
    expect(draftValueIt('employer.coveredBy', ['cigo', 'fis'])).toBe('cigo, fis');
    expect(draftValueIt('employer.name', '')).toBe('(vuoto)');
    expect(draftValueIt('employer.name', 'Rossi Bar')).toBe('Rossi Bar');
  });
});
