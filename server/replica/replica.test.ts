/**
 * The replica through app.request: trainee sessions, the AMINDER flow and its
 * native blocks, scenarios filling the pages, the fixed labels.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { replicaForTests, SAMPLE_PDF, TraineeClient } from './test-client.ts';

const doc = (html: string) => new JSDOM(html).window.document;
const byLabel = (d: Document, label: string): HTMLInputElement[] =>
  [...d.querySelectorAll('label')].filter((l) => l.textContent?.trim() === label)
    .map((l) => d.getElementById(l.htmlFor) as HTMLInputElement);
const errorsOf = (html: string) => [...doc(html).querySelectorAll('[role=alert]')].map((e) => e.textContent ?? '').join('\n');

const COMPLIANT = {
  cfAzienda: '01234567897', denominazione: 'Rossi Bar S.n.c.', comuneSede: 'Torino', regioneSede: 'Piemonte',
  dataInizio: '09/03/2020', dataFine: '05/04/2020', causale: 'covid-19',
  'lav-0-cf': 'RSSMRA80A01L219M', 'lav-0-cognome': 'Rossi', 'lav-0-nome': 'Mario', 'lav-0-assunzione': '01/01/2015',
  'lav-0-contratto': 'full-time', 'lav-0-ore': '160',
  'lav-1-cf': 'BNCLRA85M41F205C', 'lav-1-cognome': 'Bianchi', 'lav-1-nome': 'Laura', 'lav-1-assunzione': '01/06/2018',
  'lav-1-contratto': 'full-time', 'lav-1-ore': '160',
};
const pdf = () => new File([SAMPLE_PDF], 'dichiarazione.pdf', { type: 'application/pdf' });
/** What the browser would post from a form of the page (text inputs and selects). */
const formValues = (html: string, formId: string): Record<string, string> => Object.fromEntries(
  [...doc(html).querySelectorAll(`#${formId} input[name], #${formId} select[name]`)]
    .filter((e) => !['file', 'submit', 'checkbox', 'radio'].includes((e as HTMLInputElement).type))
    .map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value]));

async function newDomanda(client: TraineeClient, query = '') {
  const res = await client.get(`/replica/aminder/domanda${query}`);
  expect(res.status).toBe(200);
  const m = /\/replica\/aminder\/domanda\/(\d+)$/.exec(res.url);
  expect(m).not.toBeNull();
  return { url: res.url, html: res.text };
}

async function sentDomanda(client: TraineeClient) {
  const { url } = await newDomanda(client);
  await client.post(url, { ...COMPLIANT, azione: 'carica', allegatoTipo: 'dichiarazione', allegato: pdf() });
  const sent = await client.post(url, { ...COMPLIANT, azione: 'invia' });
  return { url, sent };
}

describe('trainee sessions', () => {
  it('sets an HttpOnly SameSite=Lax cookie with a random id', async () => {
    const { app } = await replicaForTests();
    const res = await app.request('/replica/');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^cigd_replica=[a-f0-9]{32};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const other = (await app.request('/replica/')).headers.get('set-cookie');
    expect(other?.split(';')[0]).not.toBe(cookie.split(';')[0]);
  });

  it('keeps what a trainee typed across a reload, and never shows it to another trainee', async () => {
    const { app } = await replicaForTests();
    const anna = new TraineeClient(app);
    const bruno = new TraineeClient(app);
    const { url } = await newDomanda(anna);
    await anna.post(url, { ...COMPLIANT, denominazione: 'Pasticceria di Anna', azione: 'autosalva' });
    const reload = await anna.get(url);
    expect(byLabel(doc(reload.text), 'Denominazione')[0].value).toBe('Pasticceria di Anna');

    expect((await bruno.get('/replica/aminder')).text).not.toContain('Pasticceria di Anna');
    const peek = await bruno.get(url);
    expect(peek.status).toBe(404);
    expect(peek.text).not.toContain('Pasticceria di Anna');
  });

  it('"Ricomincia" forgets everything the trainee typed', async () => {
    const { app } = await replicaForTests();
    const anna = new TraineeClient(app);
    const { url } = await newDomanda(anna);
    await anna.post(url, { ...COMPLIANT, denominazione: 'Da dimenticare', azione: 'autosalva' });
    const reset = await anna.post('/replica/ricomincia', {});
    expect(reset.text).toContain('Sessione di formazione azzerata');
    expect((await anna.get('/replica/aminder')).text).toContain('Nessuna domanda presente');
    expect((await anna.get(url)).status).toBe(404);
  });

  it('escapes what is typed', async () => {
    const { app } = await replicaForTests();
    const anna = new TraineeClient(app);
    const { url } = await newDomanda(anna);
    await anna.post(url, { ...COMPLIANT, denominazione: '<script>alert(1)</script>', azione: 'autosalva' });
    const html = (await anna.get(url)).text;
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(byLabel(doc(html), 'Denominazione')[0].value).toBe('<script>alert(1)</script>');
  });
});

describe('AMINDER domanda', () => {
  it('opens a new, empty domanda with every fixed label', async () => {
    const { app } = await replicaForTests();
    const d = doc((await newDomanda(new TraineeClient(app))).html);
    for (const label of ['Codice fiscale azienda', 'Data inizio periodo', 'Data fine periodo', 'Codice fiscale', 'Data assunzione',
      'Data sottoscrizione accordo', 'Data inizio accordo', 'Data fine accordo', 'Numero lavoratori accordo']) {
      const inputs = byLabel(d, label);
      expect(inputs.length, label).toBeGreaterThan(0);
      for (const input of inputs) {
        expect(input, label).not.toBeNull();
        expect(input.value, label).toBe('');
      }
    }
    const lavoratori = [...d.querySelectorAll('h2')].find((h) => h.textContent === 'Lavoratori')!;
    expect(lavoratori.closest('section')!.querySelectorAll('[data-riga]')).toHaveLength(1);
    expect([...d.querySelectorAll('button')].some((b) => b.textContent === 'Aggiungi lavoratore')).toBe(true);
    for (const input of d.querySelectorAll('input:not([type=hidden]), select')) {
      expect(d.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
  });

  it('sends a compliant domanda: protocol number and status PRESENTATA', async () => {
    const { app } = await replicaForTests();
    const { sent } = await sentDomanda(new TraineeClient(app));
    expect(sent.status).toBe(200);
    expect(sent.text).toMatch(/Numero di protocollo: 2026\/\d{6}/);
    expect(doc(sent.text).querySelector('.stato')?.textContent).toBe('PRESENTATA');
  });

  it('blocks an end date past 35 days, naming the latest end', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url } = await newDomanda(client);
    const res = await client.post(url, { ...COMPLIANT, dataInizio: '24/02/2020', dataFine: '30/03/2020', azione: 'salva' });
    expect(res.status).toBe(422);
    expect(errorsOf(res.text)).toContain('durata massima di una domanda è di 35 giorni');
    expect(errorsOf(res.text)).toContain('29/03/2020');
    // What was typed is kept.
    expect(byLabel(doc(res.text), 'Data fine periodo')[0].value).toBe('30/03/2020');
  });

  it('blocks past 63 days over the company\'s domande', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    await sentDomanda(client);                                   // 28 days
    const { url } = await newDomanda(client);
    const second = { ...COMPLIANT, dataInizio: '06/04/2020', dataFine: '10/05/2020' };   // 35 days: 63 in all
    expect((await client.post(url, { ...second, azione: 'salva' })).status).toBe(200);
    const over = await client.post(url, { ...second, dataFine: '11/05/2020', azione: 'salva' });  // 36 days alone, 64 in all
    expect(errorsOf(over.text)).toContain('limite complessivo di 63 giorni');
  });

  it('refuses a worker hired after 23/02/2020', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url } = await newDomanda(client);
    const res = await client.post(url, { ...COMPLIANT, 'lav-1-assunzione': '24/02/2020', azione: 'salva' });
    expect(res.status).toBe(422);
    expect(errorsOf(res.text)).toContain('Lavoratore 2: non è possibile inserire lavoratori assunti dopo il 23/02/2020');
  });

  it('refuses to send without a PDF, and refuses a file that is not a PDF', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url } = await newDomanda(client);
    const fake = await client.post(url, { ...COMPLIANT, azione: 'carica', allegato: new File(['ciao'], 'finto.pdf', { type: 'application/pdf' }) });
    expect(errorsOf(fake.text)).toContain('non è un PDF');
    const res = await client.post(url, { ...COMPLIANT, azione: 'invia' });
    expect(res.status).toBe(422);
    expect(errorsOf(res.text)).toContain('obbligatorio caricare almeno un file PDF');
    expect(doc(res.text).querySelector('.stato')?.textContent).toBe('IN BOZZA');
  });

  it('refuses to send a period across 2016 and 2017 (seed 002): end on 31/12/2016 sent, on 01/01/2017 refused', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url } = await newDomanda(client);
    const fields = { ...COMPLIANT, causale: 'crisi-aziendale', dataInizio: '30/12/2016' };
    await client.post(url, { ...fields, dataFine: '31/12/2016', azione: 'carica', allegato: pdf() });
    const across = await client.post(url, { ...fields, dataFine: '01/01/2017', azione: 'invia' });
    expect(across.status).toBe(422);
    expect(errorsOf(across.text)).toContain('Data fine periodo: non è possibile presentare domande a cavallo fra due annualità '
      + '(data inizio nel 2016, data fine nel 2017). La data fine non può essere successiva al 31/12/2016.');
    expect(doc(across.text).querySelector('.stato')?.textContent).toBe('IN BOZZA');
    expect(byLabel(doc(across.text), 'Data fine periodo')[0].value).toBe('01/01/2017');   // what was typed is kept
    const sameYear = await client.post(url, { ...fields, dataFine: '31/12/2016', azione: 'invia' });
    expect(sameYear.text).toContain('Domanda inviata correttamente');
    expect(doc(sameYear.text).querySelector('.stato')?.textContent).toBe('PRESENTATA');
  });

  it('the scavalco-2016-2017 scenario: the real period is refused, the entry from 01/01/2017 is sent', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url, html } = await newDomanda(client, '?scenario=scavalco-2016-2017');
    const entered = formValues(html, 'form-domanda');
    expect([entered.dataInizio, entered.dataFine]).toEqual(['01/01/2017', '01/03/2017']);
    // The scenario's attachments are only named: without an uploaded PDF the domanda is not sent.
    const noPdf = await client.post(url, { ...entered, azione: 'invia' });
    expect(noPdf.status).toBe(422);
    expect(errorsOf(noPdf.text)).toContain('obbligatorio caricare almeno un file PDF');
    await client.post(url, { ...entered, azione: 'carica', allegato: pdf() });
    const real = await client.post(url, { ...entered, dataInizio: '30/12/2016', dataFine: '27/02/2017', azione: 'invia' });
    expect(real.status).toBe(422);
    expect(errorsOf(real.text)).toContain('a cavallo fra due annualità');
    const sent = await client.post(url, { ...entered, azione: 'invia' });
    expect(sent.text).toContain('Domanda inviata correttamente');
  });

  it('does not make checks AMINDER does not make (e.g. more workers than the agreement)', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url } = await newDomanda(client);
    await client.post(url, { ...COMPLIANT, azione: 'carica', allegato: pdf() });
    const res = await client.post(url, { ...COMPLIANT, accordoTipo: 'categorie', accordoData: '01/04/2020',
      accordoInizio: '15/03/2020', accordoFine: '20/03/2020', accordoLavoratori: '1', 'lav-0-cf': 'NONVALIDO', azione: 'invia' });
    expect(res.text).toContain('Domanda inviata correttamente');
  });

  it('adds and removes worker rows without JavaScript too', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url } = await newDomanda(client);
    const added = await client.post(url, { ...COMPLIANT, azione: 'aggiungi' });
    expect(byLabel(doc(added.text), 'Codice fiscale')).toHaveLength(3);
    const removed = await client.post(url, { ...COMPLIANT, azione: 'rimuovi-0' });
    const cfs = byLabel(doc(removed.text), 'Codice fiscale').map((i) => i.value);
    expect(cfs).toEqual(['BNCLRA85M41F205C']);
  });
});

describe('AMINDER rettifica', () => {
  it('is offered in PRESENTATA and VERIFICATA - DA RETTIFICARE, otherwise points to the Region\'s mailbox', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { url, sent } = await sentDomanda(client);
    expect([...doc(sent.text).querySelectorAll('button')].some((b) => b.textContent === 'Rettifica')).toBe(true);

    const verificata = await client.post(url, { azione: 'esito', statoSimulato: 'VERIFICATA - DA RETTIFICARE' });
    expect([...doc(verificata.text).querySelectorAll('button')].some((b) => b.textContent === 'Rettifica')).toBe(true);
    const editing = await client.post(url, { azione: 'rettifica' });
    expect(byLabel(doc(editing.text), 'Data fine periodo')[0].hasAttribute('readonly')).toBe(false);
    const resent = await client.post(url, { ...COMPLIANT, dataFine: '03/04/2020', azione: 'invia' });
    expect(doc(resent.text).querySelector('.stato')?.textContent).toBe('PRESENTATA');
    expect(byLabel(doc(resent.text), 'Data fine periodo')[0].value).toBe('03/04/2020');

    for (const status of ['VERIFICATA', 'AUTORIZZATA', 'ANNULLATA']) {
      const page = await client.post(url, { azione: 'esito', statoSimulato: status });
      expect(page.text).toContain('cigsinderoga@regione.piemonte.it');
      expect([...doc(page.text).querySelectorAll('button')].some((b) => b.textContent === 'Rettifica')).toBe(false);
      const refused = await client.post(url, { azione: 'rettifica' });
      expect(refused.status).toBe(422);
      expect(errorsOf(refused.text)).toContain('cigsinderoga@regione.piemonte.it');
    }
  });
});

describe('AMINDER consuntivo', () => {
  async function sentWithConsuntivo() {
    const { app } = await replicaForTests('2026-11-23');
    const client = new TraineeClient(app);
    const { url } = await sentDomanda(client);
    return { client, url: `${url}/consuntivo` };
  }
  const cells = (month: string, a: string, b: string) => ({ [`ore-${month}-0`]: a, [`ore-${month}-1`]: b });

  it('refuses April before March, then accepts March and April in order', async () => {
    const { client, url } = await sentWithConsuntivo();
    const april = await client.post(url, { ...cells('2020-04', '40', '40'), mese: '2020-04' });
    expect(april.status).toBe(422);
    expect(errorsOf(april.text)).toContain('Non è possibile consuntivare aprile 2020: occorre prima consuntivare marzo 2020');
    const march = await client.post(url, { ...cells('2020-03', '120', '0'), mese: '2020-03' });
    expect(march.text).toContain('Consuntivo di marzo 2020 inviato');
    const april2 = await client.post(url, { ...cells('2020-04', '40', '0'), mese: '2020-04' });
    expect(april2.text).toContain('Consuntivo di aprile 2020 inviato');
  });

  it('a rettifica that removes a worker leaves each colleague\'s sent hours with them', async () => {
    const { client, url } = await sentWithConsuntivo();
    expect((await client.post(url, { ...cells('2020-03', '120', '40'), mese: '2020-03' })).text).toContain('Consuntivo di marzo 2020 inviato');
    const domanda = url.replace(/\/consuntivo$/, '');
    await client.post(domanda, { azione: 'rettifica' });
    const onlyBianchi = Object.fromEntries(Object.entries(COMPLIANT).filter(([k]) => !k.startsWith('lav-'))
      .concat(Object.entries(COMPLIANT).filter(([k]) => k.startsWith('lav-1-')).map(([k, v]) => [k.replace('lav-1-', 'lav-0-'), v])));
    await client.post(domanda, { ...onlyBianchi, dataFine: '03/04/2020', azione: 'invia' });
    const page = doc((await client.get(url)).text);
    expect((page.getElementById('ore-2020-03-0') as HTMLInputElement).value).toBe('40');
    expect(page.getElementById('ore-2020-03-1')).toBeNull();
    // A newcomer in Bianchi's row does not inherit her sent hours.
    await client.post(domanda, { azione: 'rettifica' });
    const resent = await client.post(domanda, { ...onlyBianchi, 'lav-0-cf': 'VRDGPP70C15H501K', 'lav-0-cognome': 'Verdi', 'lav-0-nome': 'Giuseppe', dataFine: '03/04/2020', azione: 'invia' });
    expect(doc(resent.text).querySelector('.stato')?.textContent).toBe('PRESENTATA');
    const after = doc((await client.get(url)).text);
    expect(after.body.textContent).toContain('Verdi');
    expect((after.getElementById('ore-2020-03-0') as HTMLInputElement).value).toBe('');
  });

  it('requires zero to be typed', async () => {
    const { client, url } = await sentWithConsuntivo();
    const res = await client.post(url, { ...cells('2020-03', '120', ''), mese: '2020-03' });
    expect(errorsOf(res.text)).toContain('digitare 0');
  });

  it('opens a month only after it ends', async () => {
    const { app } = await replicaForTests('2020-03-31');
    const client = new TraineeClient(app);
    const { url } = await sentDomanda(client);
    const res = await client.post(`${url}/consuntivo`, { ...cells('2020-03', '1', '1'), mese: '2020-03' });
    expect(errorsOf(res.text)).toContain('potrà essere compilato a partire dal 01/04/2020');
  });
});

describe('scenarios fill the pages', () => {
  it('fills the AMINDER domanda', async () => {
    const { app } = await replicaForTests();
    const { html } = await newDomanda(new TraineeClient(app), '?scenario=domanda-36-giorni');
    const d = doc(html);
    expect(byLabel(d, 'Data inizio periodo')[0].value).toBe('24/02/2020');
    expect(byLabel(d, 'Data fine periodo')[0].value).toBe('30/03/2020');
    expect(byLabel(d, 'Codice fiscale')[0].value).toBe('RSSMRA80A01L219M');
  });

  it('enters the 2016-17 application from 01/01/2017 to 01/03/2017', async () => {
    const { app } = await replicaForTests();
    const d = doc((await newDomanda(new TraineeClient(app), '?scenario=scavalco-2016-2017')).html);
    expect(byLabel(d, 'Data inizio periodo')[0].value).toBe('01/01/2017');
    expect(byLabel(d, 'Data fine periodo')[0].value).toBe('01/03/2017');
    expect(byLabel(d, 'Data sottoscrizione accordo')[0].value).toBe('28/12/2016');
  });

  it('puts the earlier applications of the third-application scenario in the list', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const { html } = await newDomanda(client, '?scenario=terza-domanda');
    expect(html).toContain('Giorni già richiesti nelle altre domande dell\'azienda: <strong>56</strong>');
    const list = doc((await client.get('/replica/aminder')).text);
    expect([...list.querySelectorAll('.stato')].map((s) => s.textContent)).toEqual(['PRESENTATA', 'PRESENTATA', 'IN BOZZA']);
  });

  it('the 63-day sum counts only 2020 domande of the same demo: other years and a scenario opened again do not block it', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const alreadyAsked = (html: string) => /Giorni già richiesti nelle altre domande dell'azienda: <strong>(\d+)<\/strong>/.exec(html)?.[1];
    await newDomanda(client, '?scenario=scavalco-2016-2017'); // the same company code, a 2016-2017 period
    await client.get('/replica/aminder/consuntivo?scenario=scavalco-2016-2017');
    expect(alreadyAsked((await newDomanda(client, '?scenario=terza-domanda')).html)).toBe('56');
    expect(alreadyAsked((await newDomanda(client, '?scenario=terza-domanda')).html)).toBe('56'); // not 112
    // The trainee's own domande: one of 2016 for the same company does not count against 2020's nine weeks.
    const old = await newDomanda(client);
    const in2016 = { ...COMPLIANT, dataInizio: '01/03/2016', dataFine: '30/04/2016', causale: 'crisi-aziendale' };
    await client.post(old.url, { ...in2016, azione: 'carica', allegatoTipo: 'dichiarazione', allegato: pdf() });
    expect(doc((await client.post(old.url, { ...in2016, azione: 'invia' })).text).querySelector('.stato')?.textContent).toBe('PRESENTATA');
    const mine = await newDomanda(client);
    expect(alreadyAsked((await client.post(mine.url, { ...COMPLIANT, azione: 'salva' })).text)).toBe('0');
  });

  it('fills GECO with the real formcontrolname names', async () => {
    const { app } = await replicaForTests();
    const d = doc((await new TraineeClient(app).get('/replica/geco/comonlweb/dettaglio-azienda?scenario=intermittente-68-giorni')).text);
    const fc = (n: string) => d.querySelector(`[formcontrolname="${n}"]`) as HTMLInputElement;
    expect(fc('cfAzienda').value).toBe('01234567897');
    expect(fc('denominazioneDatoreLavoro').value).toBe('Rossi Bar S.n.c.');
    expect(fc('telefono').value).toBe('0115551234');
    expect(fc('cap').value).toBe('10121');
    expect(fc('codAtecofinMin').value).toBe('56.30.00');
    for (const n of ['partitaIva', 'fax', 'email', 'indirizzo', 'flagArtigiana']) expect(fc(n), n).not.toBeNull();
  });

  it('names the birthplace of GECO\'s legale rappresentante with the real controls (group comune: codComuneMin, dsComTComune)', async () => {
    const { app } = await replicaForTests();
    const d = doc((await new TraineeClient(app).get('/replica/geco/comonlweb/dettaglio-azienda?scenario=intermittente-68-giorni')).text);
    const section = (title: string) => [...d.querySelectorAll('h2')].find((h) => h.textContent === title)!.closest('section')!;
    const labelOf = (e: Element) => d.querySelector(`label[for="${e.id}"]`)?.textContent;
    const lr = section('Legale Rappresentante');
    const sede = section('Dettaglio Sede');
    for (const [control, lrLabel, lrId, sedeLabel, sedeId] of [
      ['codComuneMin', 'Codice comune di nascita', 'codComuneMin', 'Codice comune *', 'codComune'],
      ['dsComTComune', 'Comune di nascita', 'dsComTComune', 'Comune *', 'descrComune'],
    ]) {
      const birth = lr.querySelector(`[formcontrolname="${control}"]`)!;
      expect(birth, control).not.toBeNull();
      expect(birth.parentElement!.closest('[formgroupname]')?.getAttribute('formgroupname')).toBe('comune');
      expect([birth.id, labelOf(birth)]).toEqual([lrId, lrLabel]);
      const own = sede.querySelector(`[formcontrolname="${control}"]`)!;
      expect(own.parentElement!.closest('[formgroupname]')?.getAttribute('formgroupname')).toBe('comune');
      expect([own.id, labelOf(own)]).toEqual([sedeId, sedeLabel]);
    }
    expect(d.querySelector('[formcontrolname="codComuneNascita"], [formcontrolname="dsComuneNascita"]')).toBeNull();
    expect((sede.querySelector('[formcontrolname="dsComTComune"]') as HTMLInputElement).value).toBe('Torino');
    expect((lr.querySelector('[formcontrolname="dsComTComune"]') as HTMLInputElement).value).toBe('');
    const ids = [...d.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps the legale rappresentante\'s comune di nascita apart from the sede\'s comune', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const res = await client.post('/replica/geco/comonlweb/dettaglio-azienda', {
      cfAzienda: '01234567897', denominazioneDatoreLavoro: 'Rossi Bar S.n.c.', codComuneMin: 'L219', dsComTComune: 'TORINO',
      codComune: 'A479', descrComune: 'ASTI', azione: 'conferma',
    });
    expect(res.text).toContain('Azienda e sede legale confermate');
    const d = doc(res.text);
    expect((d.getElementById('codComuneMin') as HTMLInputElement).value).toBe('L219');
    expect((d.getElementById('dsComTComune') as HTMLInputElement).value).toBe('TORINO');
    expect((d.getElementById('codComune') as HTMLInputElement).value).toBe('A479');
    expect((d.getElementById('descrComune') as HTMLInputElement).value).toBe('ASTI');
  });

  it('GECO confirms a codice fiscale typed with a null character as the code without it (it names the stored company)', async () => {
    const { app, store } = await replicaForTests();
    const client = new TraineeClient(app);
    const keys: string[] = [];
    const put = store.putTraineeState.bind(store);
    store.putTraineeState = async (session: string, key: string, value: unknown) => (keys.push(key), put(session, key, value));
    const res = await client.post('/replica/geco/comonlweb/dettaglio-azienda', {
      cfAzienda: '0123456\u00007897', denominazioneDatoreLavoro: 'Rossi Bar S.n.c.', azione: 'conferma',
    });
    expect(res.text).toContain('Azienda e sede legale confermate');
    expect(keys.some((k) => k.includes('\u0000'))).toBe(false);
    expect(keys).toContain('geco/azienda/01234567897');
  });

  it('GECO keeps what is typed apart until «Conferma»: Annulla throws it away, the registry never holds unchecked data', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const url = '/replica/geco/comonlweb/dettaglio-azienda';
    const search = async (cf: string) => doc((await client.get(`/replica/geco/comonlweb/anagrafica-azienda?cfAzienda=${cf}`)).text)
      .querySelector('#risultati-ricerca-azienda tbody')?.textContent ?? '';
    await client.post(url, { cfAzienda: '01234567897', denominazioneDatoreLavoro: 'Rossi Bar S.n.c.', telefono: '011-ABC', azione: 'autosalva' });
    // A reload shows what was being typed…
    expect((doc((await client.get(`${url}?cf=01234567897`)).text).querySelector('[formcontrolname="telefono"]') as HTMLInputElement).value).toBe('011-ABC');
    await client.post(url, { cfAzienda: '01234567897', telefono: '011-ABC', azione: 'annulla' });
    // …and Annulla leaves the registry as it was.
    expect((doc((await client.get(`${url}?cf=01234567897`)).text).querySelector('[formcontrolname="telefono"]') as HTMLInputElement).value).not.toBe('011-ABC');
    await client.post(url, { cfAzienda: '0123', denominazioneDatoreLavoro: 'A metà', azione: 'autosalva' });
    expect(await search('0123')).not.toContain('A metà');
  });

  it('GECO\'s autosaves of a codice fiscale typed a character at a time keep one form in progress, gone after «Conferma»', async () => {
    const { app, store } = await replicaForTests();
    const client = new TraineeClient(app);
    const url = '/replica/geco/comonlweb/dettaglio-azienda';
    const cf = '01234567897';
    for (let n = 1; n <= cf.length; n++) {
      await client.post(url, { cfAzienda: cf.slice(0, n), denominazioneDatoreLavoro: 'Rossi Bar S.n.c.', telefono: '0115551234', azione: 'autosalva' });
    }
    const session = client.cookie.split('=')[1];
    const inProgress = async () => (await store.listTraineeState(session, 'geco/in-compilazione')).filter((e) => e.value !== null);
    expect((await inProgress()).map((e) => (e.value as { cfAzienda: string }).cfAzienda)).toEqual([cf]);
    // A reload of the company shows what was typed; a half-typed code is nobody's.
    expect((doc((await client.get(`${url}?cf=${cf}`)).text).getElementById('telefono') as HTMLInputElement).value).toBe('0115551234');
    expect((doc((await client.get(`${url}?cf=0123`)).text).getElementById('telefono') as HTMLInputElement).value).toBe('');
    await client.post(url, { cfAzienda: cf, denominazioneDatoreLavoro: 'Rossi Bar S.n.c.', telefono: '0115551234', azione: 'conferma' });
    expect(await inProgress()).toEqual([]);
  });

  it('finds a company in GECO\'s Anagrafica azienda by codice fiscale', async () => {
    const { app } = await replicaForTests();
    const d = doc((await new TraineeClient(app).get('/replica/geco/comonlweb/anagrafica-azienda?cfAzienda=01234567897')).text);
    expect(d.querySelector('[formcontrolname="cfAzienda"]')).not.toBeNull();
    expect(d.querySelector('#risultati-ricerca-azienda tbody')?.textContent).toContain('Rossi Bar S.n.c.');
  });

  it('fills Finanziamenti on line sections A-H for the ELBA case', async () => {
    const { app } = await replicaForTests();
    const res = await new TraineeClient(app).get('/replica/finanziamenti/domanda?scenario=elba-addendum-2015');
    const d = doc(res.text);
    const sel = (label: string) => byLabel(d, label)[0];
    expect(sel('Tipologia aziendale').value).toBe('Impresa aderente ad ELBA (domande lettera f Addendum 2015)');
    expect(sel('Causale CIGD').value).toBe('crisi aziendale');
    expect(sel('Modalità di pagamento').value).toBe('pagamento diretto');
    expect(sel('Protocollo domanda INPS').value).toBe('INPS.4900.02/10/2015.0123456');
    expect(sel('Tipologia accordo sindacale').value).toBe('accordo sindacale standard');
    expect(sel('Data inizio CIGD').value).toBe('05/10/2015');
    for (const s of ['A) Registrazione', 'E) Dati INPS', 'F) Ulteriori dati aziendali', 'G) Intervento', 'H) Dati unità operativa in CIG']) {
      expect([...d.querySelectorAll('h2')].some((h) => h.textContent === s), s).toBe(true);
    }
  });

  it('shows the 2012 suspension calendar in the Dossier and takes a new comunicazione', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const dossier = await client.get('/replica/finanziamenti/domanda?scenario=calendario-2012');
    expect(dossier.url).toMatch(/\/replica\/finanziamenti\/dossier\/\d+$/);
    const cal = await client.get(`${dossier.url}/lavoratore/0/calendario`);
    expect(cal.text).toContain('16/04/2012');
    expect(cal.text).toContain('184');
    const sent = await client.post(`${dossier.url}/lavoratore/0/sospensione`, { sospInizio: '04/06/2012', sospFine: '08/06/2012', sospOre: '16' });
    expect(sent.text).toContain('04/06/2012');
  });

  it('answers 404 with a message for an unknown scenario', async () => {
    const { app } = await replicaForTests();
    const res = await new TraineeClient(app).get('/replica/aminder/domanda?scenario=non-esiste');
    expect(res.status).toBe(404);
    expect(res.text).toContain('non esiste');
  });

  it('answers 404 with the same Italian message on every portal, GECO included', async () => {
    const { app } = await replicaForTests();
    for (const path of ['/replica/aminder/domanda', '/replica/aminder/consuntivo', '/replica/geco/comonlweb/dettaglio-azienda', '/replica/finanziamenti/domanda']) {
      const res = await new TraineeClient(app).get(`${path}?scenario=non-esiste`);
      expect(res.status, path).toBe(404);
      expect(errorsOf(res.text), path).toBe('Lo scenario "non-esiste" non esiste.');
      expect(doc(res.text).querySelector('h1')?.textContent, path).toBe('Scenario non trovato');
      expect(doc(res.text).querySelector('form#form-azienda, form#form-domanda'), path).toBeNull();
    }
  });

  // pages.md: "`?scenario=<id>` on a replica page fills it": on a portal's list or landing page too, not silently dropped.
  it.each([
    ['/replica/aminder', /\/replica\/aminder\/domanda\/\d+$/, 'intermittente-68-giorni', 'Data inizio periodo', '09/03/2020'],
    ['/replica/finanziamenti', /\/replica\/finanziamenti\/domanda\/\d+$/, 'elba-addendum-2015', 'Data inizio CIGD', '05/10/2015'],
    ['/replica/finanziamenti/dossier', /\/replica\/finanziamenti\/domanda\/\d+$/, 'elba-addendum-2015', 'Data inizio CIGD', '05/10/2015'],
    ['/replica/geco/comonlweb', /\/replica\/geco\/comonlweb\/dettaglio-azienda\?scenario=/, 'intermittente-68-giorni', 'Telefono', '0115551234'],
    ['/replica/geco/comonlweb/anagrafica-azienda', /\/replica\/geco\/comonlweb\/dettaglio-azienda\?scenario=/, 'intermittente-68-giorni', 'Telefono', '0115551234'],
  ])('?scenario= on %s fills the page the scenario is for', async (path, lands, scenario, label, value) => {
    const { app } = await replicaForTests();
    const res = await new TraineeClient(app).get(`${path}?scenario=${scenario}`);
    expect(res.status).toBe(200);
    expect(res.url).toMatch(lands);
    expect(byLabel(doc(res.text), label)[0]?.value).toBe(value);
    const unknown = await new TraineeClient(app).get(`${path}?scenario=non-esiste`);
    expect(unknown.status).toBe(404);
    expect(errorsOf(unknown.text)).toBe('Lo scenario "non-esiste" non esiste.');
  });

  it('the list pages without ?scenario= stay the list pages', async () => {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    expect((await client.get('/replica/aminder')).url).toBe('/replica/aminder');
    expect((await client.get('/replica/finanziamenti/dossier')).url).toBe('/replica/finanziamenti/dossier');
    expect((await client.get('/replica/geco/comonlweb')).url).toBe('/replica/geco/comonlweb/anagrafica-azienda');
    // An empty ?scenario= names none, as on the pages it would go to: no new domanda is opened behind the trainee's back.
    expect((await client.get('/replica/aminder?scenario=')).url).toBe('/replica/aminder?scenario=');
    expect((await client.get('/replica/finanziamenti?scenario=')).url).toBe('/replica/finanziamenti?scenario=');
    expect((await client.get('/replica/finanziamenti/dossier?scenario=')).url).toBe('/replica/finanziamenti/dossier?scenario=');
    expect((await client.get('/replica/geco/comonlweb?scenario=')).url).toBe('/replica/geco/comonlweb/anagrafica-azienda');
    expect((await client.get('/replica/aminder')).text).not.toContain('/replica/aminder/domanda/1');
  });

  it('lists the portals and the scenarios on /replica/', async () => {
    const { app } = await replicaForTests();
    const html = (await new TraineeClient(app).get('/replica/')).text;
    for (const s of ['intermittente-68-giorni', 'organico-5-2-accordo', 'domanda-36-giorni', 'assunto-24-02-2020', 'terza-domanda',
      'scavalco-2016-2017', 'elba-addendum-2015', 'calendario-2012']) expect(html).toContain(`scenario=${s}`);
    expect(html).toContain('/replica/geco/comonlweb/anagrafica-azienda');
  });
});

describe('Finanziamenti on line rendicontazione', () => {
  async function calendario2012() {
    const { app } = await replicaForTests();
    const client = new TraineeClient(app);
    const dossier = await client.get('/replica/finanziamenti/domanda?scenario=calendario-2012');
    return { client, url: `${dossier.url}/rendicontazione` };
  }

  it('refuses a month that is not a month of the domanda\'s period, naming the field', async () => {
    const { client, url } = await calendario2012();
    const bogus = await client.post(url, { mese: 'bogus' });
    expect(bogus.status).toBe(422);
    expect(errorsOf(bogus.text)).toBe('Mese di rendicontazione: il mese indicato (bogus) non è un mese del periodo della domanda '
      + '(16/04/2012 - 29/06/2012).');
    expect(bogus.text).not.toContain('undefined');
    expect(bogus.text).not.toContain('inviata.');
    const july = await client.post(url, { 'ore-2012-07-0': '8', mese: '2012-07' });
    expect(july.status).toBe(422);
    expect(errorsOf(july.text)).toContain('Mese di rendicontazione: il mese indicato (luglio 2012) non è un mese del periodo della domanda');
    // Nothing is kept for a month outside the period.
    expect((await client.get(url)).text).not.toContain('luglio 2012');
  });

  it('refuses to send again a month already sent, keeping the day it was sent', async () => {
    const { client, url } = await calendario2012();
    const again = await client.post(url, { mese: '2012-06' });
    expect(again.status).toBe(422);
    expect(errorsOf(again.text)).toBe('Mese di rendicontazione: la rendicontazione di giugno 2012 è già stata inviata il 13/07/2012.');
    expect(again.text).toContain('inviata il 13/07/2012');
  });

  it('sends a month of the period', async () => {
    const { app } = await replicaForTests('2012-06-05');
    const client = new TraineeClient(app);
    const draft = await client.get('/replica/finanziamenti/domanda');
    const sent = await client.post(draft.url, { cfImpresa: '01234567897', ragioneSociale: 'Tessitura Lariana S.p.A.',
      dataInizioCigd: '16/04/2012', dataFineCigd: '29/06/2012', 'lav-0-cf': 'RSSMRA80A01L219M', 'lav-0-cognome': 'Rossi', 'lav-0-nome': 'Mario',
      azione: 'invia' });
    expect(sent.text).toContain('Domanda inviata');
    const n = /\/domanda\/(\d+)/.exec(sent.url)![1];
    const may = await client.post(`/replica/finanziamenti/dossier/${n}/rendicontazione`, { 'ore-2012-05-0': '40', mese: '2012-05' });
    expect(may.status).toBe(200);
    expect(doc(may.text).querySelector('[role=status]')?.textContent).toBe('Rendicontazione di maggio 2012 inviata.');
    expect(may.text).toContain('inviata il 05/06/2012');
  });
});
