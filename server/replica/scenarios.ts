/**
 * Built-in training scenarios, one per worked example of the seeds. Each is a
 * full cigd-draft/1 draft (replica/scenarios.test.ts validates them) with a
 * short Italian text of what it teaches.
 */
import type { MiddlewareHandler } from 'hono';
import { parseDraft, pseudonymizeDraft } from '../../rules/index.ts';
import type { ReplicaStore, Scenario } from '../store/shared-contracts.ts';
import { h, type Raw } from './html.ts';
import type { ReplicaEnv } from './session.ts';

const EPOCH = '2026-01-01T00:00:00.000Z';

// Valid codici fiscali (check characters verified by rules/calc/fiscal-code.ts in the test).
const CF = ['RSSMRA80A01L219M', 'BNCLRA85M41F205C', 'VRDGPP70C15H501K', 'NREFNC75D50A662E', 'GLLLCU90E20D612T', 'CSTPLA88H10C351M'];
const EMPLOYER_TO = {
  name: 'Rossi Bar S.n.c.', fiscalCode: '01234567897', category: 'impresa', regionsWithUnits: 1,
  phone: '0115551234', postcode: '10121', ateco: '56.30.00',
  units: [{ id: 'U1', name: 'Sede di Torino', comune: 'Torino', region: 'Piemonte', employees: 3 }],
};
const UNIT_TO = { id: 'U1', name: 'Sede di Torino', comune: 'Torino', region: 'Piemonte' };
const PDF_DICHIARAZIONE = [{ name: 'dichiarazione-aziendale.pdf', type: 'application/pdf', role: 'dichiarazione' }];

function builtIn(id: string, portal: Scenario['portal'], title: string, teaches: string, draft: Record<string, unknown>): Scenario {
  return { id, title, teaches, portal, draft: { format: 'cigd-draft/1', ...draft }, builtIn: true, teamId: null, createdBy: null, createdAt: EPOCH };
}

export const BUILT_IN_SCENARIOS: Scenario[] = [
  builtIn('intermittente-68-giorni', 'aminder', 'Lavoratore intermittente con 68 giornate',
    'Un intermittente con 68 giornate lavorate negli ultimi 12 mesi: 68/12 = 5,67 → 6 giornate al mese, '
    + 'riportate alle 9 settimane 6 × 63/30 = 12,6 → 13 giornate di CIGD al massimo (seed 001).', {
      regime: 'piemonte-2020', status: 'bozza', employer: EMPLOYER_TO, unit: UNIT_TO,
      period: { start: '2020-03-09', end: '2020-04-05' }, previousApplications: [],
      workers: [
        { fiscalCode: CF[0], name: 'Mario Rossi', hiredOn: '2015-01-01', contract: 'full-time', requestedHours: 160 },
        { fiscalCode: CF[1], name: 'Laura Bianchi', hiredOn: '2019-05-02', contract: 'intermittent',
          intermittent: { daysWorkedLast12Months: 68, calledBeforeCause: true }, cigdDays: 13, requestedHours: 40 },
      ],
      attachments: PDF_DICHIARAZIONE,
      reports: [
        { month: '2020-03', hours: { [CF[0]]: 120, [CF[1]]: 40 } },
        { month: '2020-04', hours: { [CF[0]]: 40, [CF[1]]: 0 } },
      ],
    }),
  builtIn('organico-5-2-accordo', 'aminder', 'Organico di 5,2 dipendenti equivalenti',
    'Cinque dipendenti a tempo pieno e un part-time al 20%: 5,2 dipendenti a tempo pieno equivalenti superano la '
    + 'soglia di 5, quindi serve l\'accordo sindacale e non basta la dichiarazione (seed 001 e 002).', {
      regime: 'piemonte-2020', status: 'bozza',
      employer: { ...EMPLOYER_TO, name: 'Ferramenta Bianchi S.r.l.', fiscalCode: '07643520567',
        units: [{ id: 'U1', name: 'Negozio di Asti', comune: 'Asti', region: 'Piemonte', employees: 6 }] },
      unit: { id: 'U1', name: 'Negozio di Asti', comune: 'Asti', region: 'Piemonte' },
      period: { start: '2020-03-16', end: '2020-04-19' }, previousApplications: [],
      agreement: { kind: 'categorie', signedOn: '2020-03-13', start: '2020-03-16', end: '2020-05-17', workers: 6,
        unionsNotifiedOn: '2020-03-05', cause: 'COVID-19' },
      workers: [
        ...['Mario Rossi', 'Laura Bianchi', 'Giuseppe Verdi', 'Francesca Neri', 'Luca Galli'].map((name, i) => ({ fiscalCode: CF[i], name, hiredOn: '2016-03-01', contract: 'full-time', requestedHours: 200 })),
        { fiscalCode: CF[5], name: 'Paola Costa', hiredOn: '2019-01-07', contract: 'part-time', fte: 0.2, requestedHours: 40 },
      ],
      attachments: [{ name: 'accordo-sindacale.pdf', type: 'application/pdf', role: 'accordo' }],
    }),
  builtIn('domanda-36-giorni', 'aminder', 'Domanda di 36 giorni',
    'Una domanda dal 24/02/2020 al 30/03/2020 dura 36 giorni di calendario: AMINDER blocca la data fine oltre i '
    + '35 giorni per singola domanda; la data fine massima è il 29/03/2020 (seed 001).', {
      regime: 'piemonte-2020', status: 'bozza', employer: EMPLOYER_TO, unit: UNIT_TO,
      period: { start: '2020-02-24', end: '2020-03-30' }, previousApplications: [],
      workers: [{ fiscalCode: CF[0], name: 'Mario Rossi', hiredOn: '2015-01-01', contract: 'full-time', requestedHours: 200 }],
      attachments: PDF_DICHIARAZIONE,
    }),
  builtIn('assunto-24-02-2020', 'aminder', 'Lavoratore assunto il 24/02/2020',
    'Un lavoratore assunto il 24/02/2020 non era in forza al 23/02/2020: AMINDER non consente di inserirlo '
    + 'nella domanda (seed 001).', {
      regime: 'piemonte-2020', status: 'bozza', employer: EMPLOYER_TO, unit: UNIT_TO,
      period: { start: '2020-03-09', end: '2020-04-05' }, previousApplications: [],
      workers: [
        { fiscalCode: CF[0], name: 'Mario Rossi', hiredOn: '2015-01-01', contract: 'full-time', requestedHours: 160 },
        { fiscalCode: CF[3], name: 'Francesca Neri', hiredOn: '2020-02-24', contract: 'full-time', requestedHours: 160 },
      ],
      attachments: PDF_DICHIARAZIONE,
    }),
  builtIn('terza-domanda', 'aminder', 'Terza domanda della stessa unità',
    'Dopo due domande di 35 e 21 giorni restano 7 giorni dei 63 (9 settimane): la terza domanda è ammessa fino al '
    + '26/04/2020, ma la Regione chiede di non presentare più di due istanze (seed 001).', {
      regime: 'piemonte-2020', status: 'bozza', employer: EMPLOYER_TO, unit: UNIT_TO,
      period: { start: '2020-04-20', end: '2020-04-26' },
      previousApplications: [
        { unitId: 'U1', start: '2020-02-24', end: '2020-03-29' },
        { unitId: 'U1', start: '2020-03-30', end: '2020-04-19' },
      ],
      workers: [{ fiscalCode: CF[0], name: 'Mario Rossi', hiredOn: '2015-01-01', contract: 'full-time', requestedHours: 40 }],
      attachments: PDF_DICHIARAZIONE,
    }),
  builtIn('scavalco-2016-2017', 'aminder', 'Domanda a scavalco 2016-2017',
    'Periodo supplementare di 60 giorni dal 30/12/2016 (fine reale 27/02/2017): AMINDER non accetta domande a '
    + 'cavallo d\'anno, quindi si inserisce dal 01/01/2017 al 01/03/2017 e si scrive a cigsinderoga@regione.piemonte.it '
    + 'con il periodo reale (seed 002).', {
      regime: 'piemonte-2016', kind: 'supplementare-2016-2017', status: 'bozza',
      employer: { ...EMPLOYER_TO, name: 'Studio Verdi Associati', fiscalCode: '01234567897', category: 'impresa' },
      unit: UNIT_TO,
      period: { start: '2016-12-30', end: '2017-02-27' },
      previousApplications: [
        { unitId: 'U1', start: '2016-03-01', end: '2016-04-30' },
        { unitId: 'U1', start: '2016-06-01', end: '2016-06-30' },
      ],
      agreement: { kind: 'categorie', signedOn: '2016-12-28', start: '2016-12-30', end: '2017-02-27', workers: 2 },
      workers: [
        { fiscalCode: CF[0], name: 'Mario Rossi', hiredOn: '2012-01-09', contract: 'full-time', requestedHours: 320 },
        { fiscalCode: CF[1], name: 'Laura Bianchi', hiredOn: '2014-04-01', contract: 'part-time', fte: 0.5, requestedHours: 160 },
      ],
      attachments: [{ name: 'accordo-sindacale.pdf', type: 'application/pdf', role: 'accordo' }],
    }),
  builtIn('elba-addendum-2015', 'finanziamenti', 'Impresa artigiana ELBA, Addendum 2015 lettera f',
    'Domanda su Finanziamenti on line per un\'impresa artigiana aderente ad ELBA: tipologia "Impresa aderente ad ELBA '
    + '(domande lettera f Addendum 2015)", causale crisi aziendale, pagamento diretto e protocollo INPS, date effettive '
    + 'delle sospensioni non anteriori all\'accordo, periodo entro 90 giorni e non oltre il 31/12/2015 (seed 003).', {
      regime: 'lombardia-2015', kind: 'elba-addendum-f', status: 'bozza',
      employer: { name: 'Falegnameria Brambilla di Luigi Brambilla', fiscalCode: '07643520567', category: 'artigiana', elbaMember: true,
        regionsWithUnits: 1, units: [{ id: 'BG1', name: 'Laboratorio', comune: 'Bergamo', region: 'Lombardia', employees: 4 }] },
      unit: { id: 'BG1', name: 'Laboratorio', comune: 'Bergamo', region: 'Lombardia' },
      period: { start: '2015-10-05', end: '2015-12-18' },
      agreement: { kind: 'standard', signedOn: '2015-10-05', start: '2015-10-05', end: '2015-12-31', workers: 2, cause: 'crisi aziendale' },
      inps: { protocol: 'INPS.4900.02/10/2015.0123456', directPayment: true },
      workers: [
        { fiscalCode: CF[4], name: 'Luca Galli', hiredOn: '2010-09-01', contract: 'full-time', requestedHours: 240 },
        { fiscalCode: CF[5], name: 'Paolo Castelli', hiredOn: '2013-02-11', contract: 'full-time', requestedHours: 200 },
      ],
      attachments: [{ name: 'accordo-sindacale.pdf', type: 'application/pdf', role: 'accordo' }],
    }),
  builtIn('calendario-2012', 'finanziamenti', 'Calendario settimanale delle sospensioni 2012',
    'Dal 16/04/2012 le comunicazioni di sospensione si inviano in anticipo, settimana per settimana (entro il primo '
    + 'giorno lavorativo della settimana), con le ore programmate; a zero ore si può comunicare il mese intero; il '
    + 'rendiconto mensile va inviato entro il 15 del mese successivo e deve coincidere con le sospensioni (seed 004).', {
      regime: 'lombardia-2012', status: 'presentata', submittedOn: '2012-04-13', protocol: '12345678',
      employer: { name: 'Tessitura Lariana S.p.A.', fiscalCode: '01234567897', category: 'impresa', regionsWithUnits: 1,
        units: [{ id: 'CO1', name: 'Stabilimento', comune: 'Como', region: 'Lombardia', employees: 40 }] },
      unit: { id: 'CO1', name: 'Stabilimento', comune: 'Como', region: 'Lombardia' },
      period: { start: '2012-04-16', end: '2012-06-29' },
      agreement: { kind: 'standard', signedOn: '2012-04-10', start: '2012-04-16', end: '2012-06-30', workers: 2 },
      workers: [
        { fiscalCode: CF[0], name: 'Mario Rossi', hiredOn: '2005-03-01', contract: 'full-time' },
        { fiscalCode: CF[2], name: 'Giuseppe Verdi', hiredOn: '2008-10-13', contract: 'full-time' },
      ],
      suspensions: [
        { workerFiscalCode: CF[0], start: '2012-04-16', end: '2012-04-20', hours: 16, sentOn: '2012-04-16' },
        { workerFiscalCode: CF[0], start: '2012-05-02', end: '2012-05-31', hours: 184, sentOn: '2012-04-30' },
        { workerFiscalCode: CF[2], start: '2012-04-16', end: '2012-04-20', hours: 40, sentOn: '2012-04-16' },
        { workerFiscalCode: CF[2], start: '2012-06-01', end: '2012-06-29', hours: 168, sentOn: '2012-05-28' },
      ],
      reports: [
        { month: '2012-04', submittedOn: '2012-05-14', hours: { [CF[0]]: 16, [CF[2]]: 40 } },
        { month: '2012-05', submittedOn: '2012-06-13', hours: { [CF[0]]: 184, [CF[2]]: 0 } },
        { month: '2012-06', submittedOn: '2012-07-13', hours: { [CF[0]]: 0, [CF[2]]: 168 } },
      ],
    }),
];

/**
 * A team's scenario as the replica shows it, to anyone who can reach the
 * server: its draft pseudonymized again on the way out (a no-op for one made
 * by this version, which is stored so; the protection for one stored before).
 * A stored draft that is no longer a valid draft is not shown at all.
 */
function shown(scenario: Scenario): Scenario | null {
  const parsed = parseDraft(scenario.draft);
  return parsed.ok ? { ...scenario, draft: pseudonymizeDraft(parsed.draft) as Record<string, unknown> } : null;
}

/** Built-ins first (always present, not stored), then the teams' scenarios from the store. */
export async function listAllScenarios(store: ReplicaStore): Promise<Scenario[]> {
  const stored = (await store.listScenarios()).filter((s) => !BUILT_IN_SCENARIOS.some((b) => b.id === s.id));
  const teams = stored.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(shown).filter((s): s is Scenario => s !== null);
  return [...BUILT_IN_SCENARIOS, ...teams];
}

export async function findScenario(store: ReplicaStore, id: string): Promise<Scenario | null> {
  const builtIn = BUILT_IN_SCENARIOS.find((s) => s.id === id);
  if (builtIn) return builtIn;
  const stored = await store.getScenario(id);
  return stored ? shown(stored) : null;
}

/** A portal's own page renderer (its layout, region and breadcrumbs). */
type PortalPage<C, R> = (c: C, title: string, crumbs: { label: string; href?: string }[], body: Raw,
  messages: { kind: 'errore'; text: string }[], status: number) => R;

/**
 * What every portal answers for `?scenario=` naming no scenario: 404, in the
 * portal's own layout, with the same Italian message on AMINDER, GECO and
 * Finanziamenti on line.
 */
export function unknownScenarioPage<C, R>(c: C, page: PortalPage<C, R>, id: string): R {
  return page(c, 'Scenario non trovato', [], h`<p><a href="/replica/">Torna all'indice della replica</a></p>`,
    [{ kind: 'errore', text: `Lo scenario "${id}" non esiste.` }], 404);
}

/**
 * pages.md: "`?scenario=<id>` on a replica page fills it". A portal's list or
 * landing page has nothing of its own to fill: the scenario goes to the page
 * that it fills (the domanda, or GECO's Dettaglio Azienda), rather than being
 * silently dropped. Put before a list page's GET handler; without a scenario
 * (no `?scenario=`, or an empty one, which the target pages take as none too)
 * the page itself answers. The target page answers 404 for an unknown
 * scenario, so every portal words it the same way.
 */
export function scenarioGoesTo(page: string): MiddlewareHandler<ReplicaEnv> {
  return async (c, next) => {
    const scenario = c.req.query('scenario');
    if (!scenario) return next();
    return c.redirect(`${page}?scenario=${encodeURIComponent(scenario)}`, 303);
  };
}
