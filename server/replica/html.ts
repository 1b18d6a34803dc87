/**
 * HTML building blocks of the training replica: escaping, the regional page
 * layout (header, "Ambiente di formazione" banner, breadcrumbs) and the small
 * form controls every portal copy uses. Everything is escaped unless wrapped
 * in `raw()`; no external resource is ever referenced.
 */

export class Raw {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

export function raw(value: string): Raw {
  return new Raw(value);
}

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Part = Raw | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof Raw) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return esc(part);
}

/** Tagged template: interpolated values are escaped, `Raw` values and arrays of them are kept. */
export function h(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0];
  values.forEach((v, i) => { out += render(v) + strings[i + 1]; });
  return new Raw(out);
}

export type Region = 'Regione Piemonte' | 'Regione Lombardia';

export type LayoutOptions = {
  title: string;
  region: Region;
  application: string;            // e.g. "AMINDER - Gestione ammortizzatori sociali in deroga"
  breadcrumbs: { label: string; href?: string }[];
  body: Raw;
  messages?: { kind: 'errore' | 'conferma' | 'avviso'; text: string }[];
};

export function layout(o: LayoutOptions): string {
  const crumbs = o.breadcrumbs.map((b, i) => {
    const last = i === o.breadcrumbs.length - 1;
    return last || !b.href
      ? h`<li aria-current="${last ? 'page' : 'false'}">${b.label}</li>`
      : h`<li><a href="${b.href}">${b.label}</a></li>`;
  });
  const msgs = (o.messages ?? []).map((m) =>
    m.kind === 'errore'
      ? h`<div class="msg msg-errore" role="alert">${m.text}</div>`
      : h`<div class="msg msg-${m.kind}" role="status">${m.text}</div>`);
  return '<!DOCTYPE html>' + h`<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} - ${o.application} (formazione)</title>
<link rel="stylesheet" href="/replica/assets/replica.css">
<link rel="icon" href="data:,">
</head>
<body class="${o.region === 'Regione Piemonte' ? 'piemonte' : 'lombardia'}">
<header class="testata">
  <div class="ente">${o.region}</div>
  <div class="applicativo">${o.application}</div>
  <div class="formazione" role="note">Ambiente di formazione: i dati inseriti non vengono inviati a nessun portale reale.
    <form method="post" action="/replica/ricomincia" class="inline"><button type="submit" class="secondario">Ricomincia</button></form>
    <a href="/replica/">Indice della replica</a>
  </div>
</header>
<nav aria-label="Percorso" class="briciole"><ol>${crumbs}</ol></nav>
<main id="contenuto">
<h1>${o.title}</h1>
${msgs}
${o.body}
</main>
<footer class="piede">${o.region} - copia didattica a uso formazione, non collegata ai sistemi regionali.</footer>
<script src="/replica/assets/replica.js"></script>
</body>
</html>`.value;
}

let controlSeq = 0;

export type FieldOptions = {
  id: string;
  label: string;
  name?: string;
  value?: string;
  attrs?: Record<string, string | boolean | undefined>;
  hint?: string;
  readonly?: boolean;
};

function attrString(attrs: Record<string, string | boolean | undefined> = {}): Raw {
  return raw(Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v)}"`))
    .join(''));
}

/** A labelled text input; dates are text inputs typed dd/MM/yyyy, as on the portals. */
export function textField(o: FieldOptions & { date?: boolean }): Raw {
  const hintId = o.hint || o.date ? `${o.id}-hint` : undefined;
  const hint = o.date ? 'gg/mm/aaaa' : o.hint;
  controlSeq++;
  return h`<div class="campo">
  <label for="${o.id}">${o.label}</label>
  <input type="text" id="${o.id}" name="${o.name ?? o.id}" value="${o.value ?? ''}"${attrString({
    'aria-describedby': hintId, readonly: o.readonly, maxlength: o.date ? '10' : undefined,
    placeholder: o.date ? 'gg/mm/aaaa' : undefined, ...o.attrs })}>
  ${hint ? h`<span class="suggerimento" id="${hintId}">${hint}</span>` : ''}
</div>`;
}

export function selectField(o: FieldOptions & { options: { value: string; label: string }[] }): Raw {
  const opts = o.options.map((op) =>
    h`<option value="${op.value}"${op.value === (o.value ?? '') ? raw(' selected') : ''}>${op.label}</option>`);
  return h`<div class="campo">
  <label for="${o.id}">${o.label}</label>
  <select id="${o.id}" name="${o.name ?? o.id}"${attrString({ disabled: o.readonly, ...o.attrs })}>${opts}</select>
</div>`;
}

/** A S/N radio group with a fieldset legend (GECO's flagArtigiana style). */
export function radioSN(o: { id: string; legend: string; name: string; value?: string; attrs?: Record<string, string>; readonly?: boolean }): Raw {
  const one = (v: string, label: string) => h`<span class="radio"><input type="radio" id="${o.id}-${v}" name="${o.name}" value="${v}"${
    o.value === v ? raw(' checked') : ''}${attrString({ disabled: o.readonly, ...o.attrs })}><label for="${o.id}-${v}">${label}</label></span>`;
  return h`<fieldset class="campo radio-gruppo"><legend>${o.legend}</legend>${one('S', 'Sì')}${one('N', 'No')}</fieldset>`;
}

export function checkboxField(o: FieldOptions & { checked?: boolean }): Raw {
  return h`<div class="campo campo-check"><input type="checkbox" id="${o.id}" name="${o.name ?? o.id}" value="S"${
    o.checked ? raw(' checked') : ''}${attrString({ disabled: o.readonly, ...o.attrs })}> <label for="${o.id}">${o.label}</label></div>`;
}

export const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"Titillium Web",Verdana,Arial,sans-serif;font-size:15px;color:#1b1b1b;background:#f3f4f6}
.testata{background:#0b4f8a;color:#fff;padding:10px 20px}
.lombardia .testata{background:#1d5e36}
.testata .ente{font-size:22px;font-weight:bold}
.testata .applicativo{font-size:15px;margin-top:2px}
.formazione{margin-top:8px;background:#ffd54a;color:#1b1b1b;padding:6px 10px;font-weight:bold;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
.formazione a{color:#1b1b1b}
form.inline{display:inline;margin:0}
.briciole{background:#fff;border-bottom:1px solid #ccc;padding:6px 20px}
.briciole ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.briciole li+li::before{content:" \\203A ";padding:0 6px;color:#555}
.briciole a{color:#0b4f8a}
main{max-width:1100px;margin:16px auto;background:#fff;padding:16px 24px;border:1px solid #d0d0d0}
h1{font-size:24px;color:#0b3d6b;margin-top:0}
h2{font-size:19px;color:#fff;background:#3a6f9f;padding:6px 10px;margin:24px 0 10px}
.lombardia h2{background:#2f7d4c}
h3{font-size:16px;color:#0b3d6b}
.campo{display:inline-flex;flex-direction:column;margin:0 16px 12px 0;vertical-align:top}
.campo label,.campo legend{font-weight:bold;font-size:13px;margin-bottom:3px;color:#222}
.campo input[type=text],.campo select,.campo input[type=file]{padding:5px 6px;border:1px solid #767676;font-size:14px;min-width:180px}
.campo-check{flex-direction:row;align-items:center}
.radio-gruppo{border:0;padding:0}
.radio{margin-right:12px}
.suggerimento{font-size:12px;color:#555}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#e6edf4}
td input[type=text]{width:70px;padding:3px}
button,.bottone{background:#0b4f8a;color:#fff;border:0;padding:7px 14px;font-size:14px;cursor:pointer;text-decoration:none;display:inline-block;margin:4px 6px 4px 0}
.lombardia button,.lombardia .bottone{background:#1d5e36}
button.secondario{background:#fff;color:#0b4f8a;border:1px solid #0b4f8a}
.msg{padding:10px 12px;margin:10px 0;border-left:6px solid}
.msg-errore{background:#fdecea;border-color:#b71c1c;color:#7f1010}
.msg-conferma{background:#e8f5e9;border-color:#2e7d32;color:#1b4d1f}
.msg-avviso{background:#fff8e1;border-color:#a66f00;color:#4d3300}
.stato{font-weight:bold}
.lavoratore{border:1px dashed #9aa;padding:8px;margin:8px 0}
.lavoratore h3{margin:0 0 6px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.piede{text-align:center;font-size:12px;color:#444;padding:16px}
.indice li{margin:6px 0}
`;

/**
 * Client script: autosave of what the trainee types (so it survives a reload),
 * and adding/removing worker rows in place (existing inputs are never
 * re-rendered, so attributes set by the extension stay).
 */
export const CLIENT_JS = `(function(){
'use strict';
function debounce(fn,ms){var t;return function(){clearTimeout(t);t=setTimeout(fn,ms);};}
document.querySelectorAll('form[data-autosalva]').forEach(function(form){
  var save=debounce(function(){
    var fd=new FormData(form);var body=new URLSearchParams();
    fd.forEach(function(v,k){if(typeof v==='string')body.append(k,v);});
    body.set('azione','autosalva');
    fetch(form.getAttribute('data-autosalva'),{method:'POST',body:body,credentials:'same-origin'}).catch(function(){});
  },400);
  form.addEventListener('input',save);form.addEventListener('change',save);
  form.__cigdSave=save;
});
function nextIndex(list){var max=-1;list.querySelectorAll('[data-riga]').forEach(function(r){var n=+r.getAttribute('data-riga');if(n>max)max=n;});return max+1;}
function renumber(list){var i=0;list.querySelectorAll('[data-riga] .numero-riga').forEach(function(s){s.textContent=String(++i);});}
document.addEventListener('click',function(ev){
  var btn=ev.target.closest&&ev.target.closest('button');if(!btn)return;
  if(btn.hasAttribute('data-aggiungi-riga')){
    var list=document.getElementById(btn.getAttribute('data-aggiungi-riga'));
    var tpl=document.getElementById(btn.getAttribute('data-modello'));
    if(!list||!tpl)return;ev.preventDefault();
    var i=nextIndex(list);var wrap=document.createElement('div');
    wrap.innerHTML=tpl.innerHTML.replace(/__i__/g,String(i));
    var row=wrap.firstElementChild;list.appendChild(row);renumber(list);
    var first=row.querySelector('input');if(first)first.focus();
    var f=btn.form;if(f&&f.__cigdSave)f.__cigdSave();
  } else if(btn.hasAttribute('data-rimuovi-riga')){
    var r=btn.closest('[data-riga]');if(!r)return;ev.preventDefault();
    var l=r.parentElement;var form=btn.form;r.remove();renumber(l);if(form&&form.__cigdSave)form.__cigdSave();
  }
});
})();`;
