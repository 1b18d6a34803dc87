/**
 * The command line of `cigd`, parsed by hand: two commands and two flags do
 * not need a library, and every mistake gets an Italian message.
 */
import { isIsoDate } from '../calc/dates.ts';

export type Command =
  | { kind: 'help' }
  | { kind: 'check'; files: string[]; today?: string; json: boolean }
  | { kind: 'rules'; json: boolean };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

export const USAGE = `Uso:
  cigd check FILE... [--today AAAA-MM-GG] [--json]
  cigd rules [--json]
  cigd --help

Comandi:
  check   controlla una o più bozze di domanda CIGD (file JSON "cigd-draft/1")
  rules   elenca tutte le regole, con gravità e fonte, raggruppate per regime

Opzioni:
  --today AAAA-MM-GG   data di valutazione (le scadenze dipendono da questa);
                       predefinita: la data di oggi in Italia
  --json               check: un Verdict per file, come array JSON su stdout;
                       rules: il catalogo delle regole in JSON
  -h, --help           mostra questo aiuto

Codici di uscita (check):
  0  nessun file ha errori
  1  almeno un file ha un errore
  2  un file non è leggibile o non è una bozza valida, oppure comando errato

Esempio:
  npm run -s cigd -- check domanda.json --today 2020-04-10
`;

function fail(message: string): ParsedArgs {
  return { ok: false, message };
}

/** A flag's value, given as `--today X` or `--today=X`; none for `--today=` or `--today` last or before another option. */
function takeValue(argv: string[], i: number, flag: string): { value?: string; next: number } {
  const arg = argv[i];
  if (arg.startsWith(`${flag}=`)) {
    const value = arg.slice(flag.length + 1);
    return { value: value === '' ? undefined : value, next: i + 1 };
  }
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) return { next: i + 1 };
  return { value, next: i + 2 };
}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) return fail('Manca il comando.');
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { ok: true, command: { kind: 'help' } };
  // After `--` every argument is a file name: a file called `--help` is checked, not taken for the option.
  const endOfOptions = rest.indexOf('--');
  const options = endOfOptions === -1 ? rest : rest.slice(0, endOfOptions);
  if (options.includes('--help') || options.includes('-h')) return { ok: true, command: { kind: 'help' } };

  if (command === 'rules') {
    let json = false;
    for (const arg of rest) {
      if (arg === '--json') json = true;
      else if (arg.startsWith('-')) return fail(`Opzione sconosciuta per "rules": ${arg}`);
      else return fail(`Il comando "rules" non accetta file: ${arg}`);
    }
    return { ok: true, command: { kind: 'rules', json } };
  }

  if (command === 'check') {
    const files: string[] = [];
    let json = false;
    let today: string | undefined;
    let onlyFiles = false;
    for (let i = 0; i < rest.length; ) {
      const arg = rest[i];
      if (onlyFiles || !arg.startsWith('-') || arg === '-') {
        files.push(arg);
        i++;
      } else if (arg === '--') {
        onlyFiles = true;
        i++;
      } else if (arg === '--json') {
        json = true;
        i++;
      } else if (arg === '--today' || arg.startsWith('--today=')) {
        const { value, next } = takeValue(rest, i, '--today');
        if (value === undefined) return fail('Manca la data dopo --today (scrivere AAAA-MM-GG, es. 2020-04-10).');
        if (!isIsoDate(value)) {
          return fail(`Data non valida per --today: "${value}". Scrivere una data reale nel formato AAAA-MM-GG (es. 2020-04-10).`);
        }
        today = value;
        i = next;
      } else {
        return fail(`Opzione sconosciuta per "check": ${arg}`);
      }
    }
    if (files.length === 0) return fail('Indicare almeno un file da controllare.');
    return { ok: true, command: { kind: 'check', files, today, json } };
  }

  return fail(`Comando sconosciuto: ${command}`);
}
