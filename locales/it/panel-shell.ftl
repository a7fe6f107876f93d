### Il modulo di connessione statico di index.html, mostrato prima che il pannello sia caricato (scritto da
### `plesk-keys serve` nella lingua del browser). Le sue etichette sono quelle della pagina di connessione
### (panel-connect.ftl); queste sono le frasi che mostra solo il modulo statico.

shell-needs-javascript = Plesk Key Panel richiede JavaScript e WebAssembly: la chiave viene verificata con Plesk e conservata dal codice del pannello stesso in questa pagina. Attivare JavaScript per questo sito, quindi ricaricare la pagina.
shell-connect-pending = La connessione avverrà non appena il pannello sarà caricato…
shell-sign-in-pending = L'accesso avverrà non appena il pannello sarà caricato…
shell-still-loading = Il pannello è ancora in caricamento; con una connessione lenta può richiedere un po' di tempo. Se non cambia nulla, ricaricare la pagina.
