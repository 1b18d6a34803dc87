/** A small AMINDER domanda in the replica's vocabulary (pages.md fixed labels), for unit tests. */
export function aminderDomandaHtml(workers: { cf: string; hired: string }[]): string {
  const rows = workers
    .map(
      (w, i) => `<div class="riga-lavoratore">
        <label for="lav-${i}-cf">Codice fiscale</label><input id="lav-${i}-cf" value="${w.cf}">
        <label for="lav-${i}-ass">Data assunzione</label><input id="lav-${i}-ass" value="${w.hired}">
      </div>`,
    )
    .join('');
  return `<main>
    <section><h2>Azienda e sede operativa</h2>
      <label for="cf-az">Codice fiscale azienda *</label><input id="cf-az" value="01234567897">
      <label for="den">Denominazione</label><input id="den" value="Rossi Bar S.n.c.">
      <label for="com">Comune sede operativa</label><input id="com" value="Torino">
    </section>
    <section><h2>Periodo</h2>
      <label for="dal">Data inizio periodo</label><input id="dal" value="09/03/2020">
      <label for="al">Data fine periodo</label><input id="al" value="05/04/2020">
    </section>
    <section><h2>Lavoratori</h2>${rows}<button type="button">Aggiungi lavoratore</button></section>
  </main>`;
}
