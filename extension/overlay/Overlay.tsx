/**
 * The overlay: findings by severity (each element carries data-rule), the
 * live figures, "Usa questa data", the deadlines, and the panel for the facts
 * the portal does not ask. Preact, rendered inside the open shadow root of
 * <cigd-overlay>. It never submits the page's form.
 */
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalogue, DEADLINE_STATUS_IT, formatDateIt, parseDateIt, SEVERITY_HEADING_IT, type Draft, type Finding, type Severity } from '../../rules/index.ts';
import type { LiveState } from '../live/live-page.ts';
import { unjudgedRows } from '../live/judge-partial.ts';
import { countWord } from '../../rules/calc/numbers.ts';
import { workersByCode } from '../../rules/regimes/common/labels.ts';
import { REGIME_IT } from '../../rules/labels.ts';
import { dateIt, fieldLabel, numberIt, partLabel } from '../italian.ts';
import { FactsPanel } from './FactsPanel.tsx';
import { factInputId, MissingFacts, missingFacts } from './MissingFacts.tsx';
import { TeachPanel, type TeachProps } from './TeachPanel.tsx';
import type { OverlayPlace, RuleWhy } from '../messages.ts';

export type OverlayActions = {
  focusField(path: string): void;
  writeField(path: string, text: string): void;
  updateDraft(change: (draft: Draft) => Draft): void;
  /** A rule's reasoning and seed passage, when the build left them out of the page (extension/build/seed-quotes.ts). */
  whyOf?(rule: string): Promise<RuleWhy | null>;
  /** The operator reduced, opened or moved the overlay: the next page shows it the same way. */
  placeChanged?(place: OverlayPlace): void;
};

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function Overlay({ state, actions, syncLabel, teach, place }: { state: LiveState; actions: OverlayActions; syncLabel?: string; teach?: TeachProps; place?: OverlayPlace }) {
  // Where the operator left it on the last page: reduced, or on the left to free the form's right column.
  const [{ open, side }, setPlace] = useState<OverlayPlace>(place ?? { open: true, side: 'right' });
  const move = (next: OverlayPlace) => {
    setPlace(next);
    actions.placeChanged?.(next);
  };
  const rules = useMemo(() => new Map(catalogue().map((r) => [r.id, r])), []);
  // The page's bindings change only when it is bound again (rows added, an SPA route), not on each keystroke's render.
  const boundPaths = useMemo(() => new Set(state.bindings.map((b) => b.path)), [state.bindings]);
  const { verdict, problems, findings } = state;
  // An empty field is to complete, not an error.
  const errors = findings.filter((f) => f.severity === 'error').length + problems.filter((p) => !p.missing).length;
  if (state.unread) {
    return (
      <div class={side === 'left' ? 'cigd side-left' : 'cigd'} role="complementary" aria-label="Controlli CIGD">
        <header><h2>CIGD · pagina non controllata</h2></header>
        <p data-status="unread">Questa pagina non è ancora controllata: l’assistente non ne legge i campi.</p>
        {teach && <TeachPanel {...teach} />}
      </div>
    );
  }
  const computed = verdict?.computed ?? {};
  const latestEnd = typeof computed.latestEnd === 'string' ? computed.latestEnd : null;
  const canWriteEnd = state.bindings.some((b) => b.path === 'period.end');
  // No verdict: the regime's rules have not run (only the codes were checked), so the counts are not the whole story yet.
  const waiting = verdict === null;
  // Rows have their own note; the other parts are named together.
  const rows = unjudgedRows(state.unjudgedParts);
  // The facts the overlay asks in its own inputs, because no field of this page holds them.
  const missing = missingFacts(problems, boundPaths);
  const asked = new Set(missing.map((p) => p.path));
  // Where a click on a field's name leads: the page's field (or the row or part it belongs to, as
  // LivePage.focusField looks for it), the overlay's own input for a fact it asks, or nowhere. A field of
  // another page (the period, on GECO), «Allegati» or «Data di presentazione» are named, not buttons.
  const target = (path: string): 'page' | 'fact' | null =>
    boundPaths.has(path) || boundPaths.has(path.replace(/\.[^.]*$/, '')) ? 'page' : asked.has(path) ? 'fact' : null;
  const elsewhere = new Set(problems.filter((p) => p.missing && target(p.path) === null).map((p) => p.path));
  const nothingHere = problems.length > 0 && problems.every((p) => elsewhere.has(p.path));
  const goTo = (path: string, from: EventTarget | null) => {
    if (target(path) === 'page') return actions.focusField(path);
    // A fact asked in the overlay: its own input, in the same shadow root.
    const input = ((from as Element | null)?.getRootNode() as ShadowRoot | Document | undefined)?.getElementById?.(factInputId(path));
    input?.focus();
    input?.scrollIntoView?.({ block: 'nearest' });
  };
  const otherParts = state.unjudgedParts.filter((part) => !part.startsWith('workers['));

  return (
    <div class={side === 'left' ? 'cigd side-left' : 'cigd'} role="complementary" aria-label="Controlli CIGD">
      <header>
        <h2>
          CIGD · {verdict ? (verdict.regime ? REGIME_IT[verdict.regime] : 'regole comuni') : 'controlli in attesa'}
          {/* Reduced (to see the form's fields it covers), it still says how many errors are left. */}
          {!open && <span data-status="collapsed-count"> · {countWord(errors, 'errore', 'errori')}</span>}
        </h2>
        <button type="button" aria-expanded={open} onClick={() => move({ open: !open, side })}>
          {open ? 'Riduci' : 'Apri'}
        </button>
        <button type="button" data-action="move" onClick={() => move({ open, side: side === 'right' ? 'left' : 'right' })}>
          {side === 'right' ? 'Sposta a sinistra' : 'Sposta a destra'}
        </button>
      </header>
      {/* Screen readers hear the count of errors when it changes. */}
      <p class="sr-only" aria-live="polite">
        {waiting ? `Controlli in attesa: ${countWord(problems.length, 'campo', 'campi')} da completare o correggere` : errors === 0 ? 'Nessun errore' : `${countWord(errors, 'errore', 'errori')} da correggere`}
      </p>
      {open && (
        <>
          <section aria-label="Riepilogo">
            <p>
              <strong class={errors ? 'sev-error' : ''}>{countWord(errors, 'errore', 'errori')}</strong>,{' '}
              {countWord(findings.filter((f) => f.severity === 'warning').length, 'avviso', 'avvisi')}
              {syncLabel ? ` · ${syncLabel}` : ''}
            </p>
            {waiting && !nothingHere && (
              <p class="sev-error" data-status="waiting">
                Controlli in attesa: le regole non sono ancora state applicate (solo codici fiscali e IBAN sono stati controllati). Partono quando i campi «Da completare o correggere» sono a posto.
              </p>
            )}
            {waiting && nothingHere && (
              <p class="sev-info" data-status="waiting">
                Controlli in attesa: in questa pagina sono controllati i codici fiscali e gli IBAN; le altre regole partono nella pagina della domanda, dove si compilano {[...elsewhere].map((path) => fieldLabel(path, state.bindings)).join(', ')}.
              </p>
            )}
            {!waiting && otherParts.length > 0 && (
              <p class="sev-warning" data-status="parts-waiting">
                Non ancora controllati, perché incompleti: {otherParts.map(partLabel).join('; ')}. Completare i campi indicati (anche in «Dati che servono ai controlli e che questa pagina non chiede»).
              </p>
            )}
            {!waiting && rows.length > 0 && (
              <p class="sev-warning" data-status="rows-waiting">
                {rows.length === 1 ? 'Il lavoratore alla riga' : 'I lavoratori alle righe'} {rows.map((i) => i + 1).join(', ')}{' '}
                non {rows.length === 1 ? 'è' : 'sono'} ancora {rows.length === 1 ? 'controllato' : 'controllati'}: completare i campi indicati.
              </p>
            )}
            <dl>
              <dt>Giorni della domanda</dt><dd data-figure="applicationDays">{numberIt(computed.applicationDays)}</dd>
              {'daysUsed' in computed && (<><dt>Giorni usati / residui</dt><dd data-figure="daysUsed">{numberIt(computed.daysUsed)} / {numberIt(computed.daysLeft)}</dd></>)}
              {'latestEnd' in computed && (<><dt>Data fine massima</dt><dd data-figure="latestEnd">{dateIt(computed.latestEnd)}</dd></>)}
              {'fte' in computed && (<><dt>Dipendenti (FTE)</dt><dd data-figure="fte">{numberIt(computed.fte)}</dd></>)}
            </dl>
            {latestEnd && canWriteEnd && (
              <button type="button" data-action="use-latest-end" onClick={() => actions.writeField('period.end', formatDateIt(latestEnd))}>
                Usa questa data ({formatDateIt(latestEnd)})
              </button>
            )}
            <IntermittentCaps caps={computed.intermittentCaps} workers={state.draft.workers ?? []} />
          </section>
          {problems.length > 0 && !nothingHere && (
            <section aria-label="Da completare">
              <h3 class="sev-error">Da completare o correggere</h3>
              <ul>
                {problems.map((p) => (
                  <li class={p.missing ? 'missing' : 'error'} data-rule="input/format" key={p.path}>
                    {target(p.path) === null
                      ? <><span data-path={p.path}>{fieldLabel(p.path, state.bindings)}</span> {p.message}{elsewhere.has(p.path) ? ' (non si compila in questa pagina)' : ''}</>
                      : <><button type="button" data-path={p.path} onClick={(e) => goTo(p.path, e.currentTarget)}>{fieldLabel(p.path, state.bindings)}</button> {p.message}</>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {SEVERITIES.map((sev) => {
            const list = findings.filter((f) => f.severity === sev);
            if (!list.length) return null;
            return (
              <section aria-label={SEVERITY_HEADING_IT[sev]} key={sev}>
                <h3 class={`sev-${sev}`}>{SEVERITY_HEADING_IT[sev]} ({list.length})</h3>
                <ul>{list.map((f, i) => <FindingItem key={`${f.rule}-${i}`} finding={f} rule={rules.get(f.rule)} actions={actions} bindings={state.bindings} target={target} goTo={goTo} />)}</ul>
              </section>
            );
          })}
          {verdict && verdict.deadlines.length > 0 && (
            <section aria-label="Scadenze">
              <h3>Scadenze</h3>
              <ul>
                {verdict.deadlines.map((d) => (
                  <li key={d.id} data-deadline={d.id} class={d.status === 'missed' ? 'error' : d.status === 'due-soon' ? 'warning' : 'info'}>
                    {formatDateIt(d.date)} — {d.label} ({DEADLINE_STATUS_IT[d.status]})
                  </li>
                ))}
              </ul>
            </section>
          )}
          <MissingFacts draft={state.draft} missing={missing} update={actions.updateDraft} />
          <FactsPanel draft={state.draft} update={actions.updateDraft} />
          {teach && <TeachPanel {...teach} />}
        </>
      )}
    </div>
  );
}

function FindingItem({ finding, rule, actions, bindings, target, goTo }: {
  finding: Finding; rule?: ReturnType<typeof catalogue>[number]; actions: OverlayActions; bindings: LiveState['bindings'];
  target: (path: string) => 'page' | 'fact' | null; goTo: (path: string, from: EventTarget | null) => void;
}) {
  const [why, setWhy] = useState(false);
  return (
    <li class={finding.severity} data-rule={finding.rule}>
      <div>{finding.message}</div>
      {finding.fields.length > 0 && (
        <div>
          Campo:{' '}
          {finding.fields.map((path, i) => (
            <Fragment key={path}>
              {i > 0 && ' '}
              {target(path)
                ? <button type="button" data-path={path} onClick={(e) => goTo(path, e.currentTarget)}>{fieldLabel(path, bindings)}</button>
                : <span data-path={path}>{fieldLabel(path, bindings)}</span>}
            </Fragment>
          ))}
        </div>
      )}
      <div class="source" title={finding.source}>Fonte: {sourceSection(finding.source)} · {finding.rule}</div>
      {rule && (
        <details onToggle={(e) => setWhy((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>Perché?</summary>
          {why && <Why rule={rule.id} known={rule.reasoning && rule.quote ? { reasoning: rule.reasoning, quote: rule.quote } : null} load={actions.whyOf} />}
        </details>
      )}
    </li>
  );
}

const UNAVAILABLE: RuleWhy = { reasoning: '', quote: 'Spiegazione non disponibile.' };

/** The background's answers, per rule, for the page's life: «Perché?» opened again shows it without asking again. */
const ANSWERED = new Map<string, RuleWhy>();
/** The questions under way: two findings of one rule opened at once ask the background once. */
const ASKING = new Map<string, Promise<RuleWhy | null>>();

function askWhy(rule: string, load: (rule: string) => Promise<RuleWhy | null>): Promise<RuleWhy | null> {
  let asking = ASKING.get(rule);
  if (!asking) {
    asking = load(rule);
    ASKING.set(rule, asking);
    const asked = () => ASKING.delete(rule);
    asking.then(asked, asked);
  }
  return asking;
}

/**
 * Why the rule says what it says: its reasoning and the seed passage it comes
 * from. In the page's own catalogue (the tests), or asked of the background
 * when «Perché?» is first opened: the content script is built without them.
 */
export function Why({ rule, known, load }: { rule: string; known: RuleWhy | null; load?: (rule: string) => Promise<RuleWhy | null> }) {
  const [why, setWhy] = useState(known ?? ANSWERED.get(rule) ?? null);
  useEffect(() => {
    if (known || ANSWERED.has(rule) || !load) return;
    let live = true;
    // No answer (the background failed) is not kept: the next opening asks again.
    askWhy(rule, load).then((w) => {
      if (w) ANSWERED.set(rule, w);
      if (live) setWhy(w ?? UNAVAILABLE);
    }, () => live && setWhy(UNAVAILABLE));
    return () => { live = false; };
  }, [rule, known]);
  if (!why) return <p aria-busy="true">Carico la spiegazione…</p>;
  return (
    <>
      {why.reasoning && <p>{why.reasoning}</p>}
      <blockquote>{why.quote}</blockquote>
    </>
  );
}

/** Each intermittent worker's cap, the worker named as the rules name them (never by codice fiscale). */
function IntermittentCaps({ caps, workers }: { caps: unknown; workers: Draft['workers'] }) {
  if (!caps || typeof caps !== 'object' || Object.keys(caps).length === 0) return null;
  const who = workersByCode(workers);
  const named = Object.entries(caps as Record<string, unknown>)
    .map(([cf, cap]) => `${who(cf)}: ${cap === 0 ? 'non ammesso' : typeof cap === 'number' ? `${cap} giorni` : '—'}`);
  return <p data-figure="intermittentCaps">Tetto intermittenti: {named.join('; ')}</p>;
}

export { parseDateIt };

/**
 * A finding's source as the operator reads it: the notice's section. The
 * Verdict's `source` starts with the seed's file name («001_97bd….txt, »),
 * which tells an operator nothing; it stays in the tooltip for whoever checks it.
 */
export function sourceSection(source: string): string {
  return source.replace(/^\d{3}_[0-9a-f]+\.txt,\s*/, '');
}
