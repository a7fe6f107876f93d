### plesk-keys, i comandi client: ciò che legge una persona al terminale (il JSON di --json
### e i valori delle chiavi, gli ID e gli indirizzi al suo interno non vengono mai tradotti).

## Da dove arrivano le credenziali.

cli-no-credential = nessuna credenziale: impostare PLESK_KEY, usare --key-file FILE oppure impostare PLESK_LOGIN e PLESK_PASSWORD
cli-key-file-unreadable = impossibile leggere il file della chiave { $path }: { $detail }
cli-key-file-empty = il file della chiave { $path } è vuoto
cli-half-login = PLESK_LOGIN è impostata ma PLESK_PASSWORD no (o viceversa)
cli-not-a-header = le credenziali contengono caratteri che un'intestazione HTTP non può trasportare
cli-not-visible-ascii = la chiave o il nome utente contiene uno spazio, un carattere di controllo o un carattere non ASCII (incollato per errore?); Plesk e il gateway accettano solo caratteri ASCII visibili

## Quale server.

cli-no-endpoint = nessun endpoint: indicare --endpoint URL o impostare PLESK_ENDPOINT (oppure --servers FILE con --server NAME)
cli-server-without-file = --server richiede --servers FILE (o PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } contiene { $count } server: sceglierne uno con --server NAME (o --server all per list, info e create)
cli-unknown-server = in { $file } non esiste il server { $name } (server presenti: { $known })
cli-no-server-key = nessuna chiave per il server { $name }: salvarla in { $name }.key nella directory --key-dir DIR oppure impostare { $variable }
cli-key-file-readable = il file della chiave { $path } potrebbe essere leggibile dal gruppo o da altri: applicarvi chmod 600 (contiene una chiave segreta)
cli-key-file-with-servers = --key-file contiene una sola chiave: con --servers, assegnare a ogni server la propria (--key-dir DIR o PLESK_KEY_<NAME>)
cli-one-server-only = delete e rotate agiscono su un solo server: sceglierlo con --server NAME (--server all: list, info, create)
cli-unknown-language = la lingua { $tag } non esiste: sceglierne una tra { $known }
cli-no-server = nessun server da contattare

## Chiavi indicate sulla riga di comando.

cli-stdin-unreadable = impossibile leggere le chiavi dallo standard input: { $detail }
cli-no-keys-asked = non è stata indicata alcuna chiave
cli-key-in-argument = attenzione: un valore di chiave passato come argomento è visibile agli altri utenti di questa macchina; passare i valori sullo standard input con `-`.

## --dry-run: cosa verrebbe inviato.

cli-dry-run-target = POST { $url } (non è stato inviato nulla: --dry-run)
cli-dry-run-server-target = POST { $url } (server { $server }; non è stato inviato nulla: --dry-run)
cli-dry-run-rotate = (poi: creare una nuova chiave con le stesse impostazioni ed eliminare la vecchia chiave solo se la creazione è riuscita)

## Cosa stampano i comandi.

cli-key-id = chiave { $id }
cli-key-value = valore di chiave { $start }…
cli-no-keys = Nessuna chiave.
cli-new-key = Nuova chiave (mostrata una sola volta; Plesk non può mostrarla di nuovo): { $key }
cli-deleted = chiave eliminata: { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } chiave non mostrata
       *[other] { $count } chiavi non mostrate
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } chiave non eliminata
       *[other] { $count } chiavi non eliminate
    }
cli-rotate-not-found = la chiave da ruotare non è stata trovata
cli-rotate-old-kept = { $reason }; la vecchia chiave { $id } è stata conservata
cli-rotate-old-deleted = la vecchia chiave { $id } è stata eliminata
cli-rotate-old-not-deleted = la nuova chiave è stata creata, ma non è stato possibile eliminare la vecchia chiave { $id }: eliminarla manualmente

## Più server alla volta (--server all).

cli-request-task-failed = un'attività di richiesta non è riuscita: { $detail }
cli-server-failed = server { $server }: { $reason }
cli-servers-failed =
    { $failed ->
        [one] errore su { $failed } server su { $count } ({ $names }); { $consequence }
       *[other] errore su { $failed } server su { $count } ({ $names }); { $consequence }
    }
cli-others-keys-shown = vengono mostrate le chiavi degli altri
cli-others-answers-shown = vengono mostrate le risposte degli altri
cli-no-key-made-there = lì non è stata creata alcuna chiave
cli-found-on-no-server = { $key }: non trovata su alcun server
cli-found-on = { $key }: trovata su { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } chiave non trovata su alcun server
       *[other] { $count } chiavi non trovate su alcun server
    }
cli-new-keys = Nuove chiavi (mostrate una sola volta; Plesk non può mostrarle di nuovo):

## La strada verso il server.

cli-not-a-url = '{ $url }' non è un URL; indicare un URL di base di Plesk come https://plesk.example.com:8443
cli-not-https = '{ $url }' deve iniziare con https:// (o http:// per test in loopback)
cli-not-a-base = '{ $url }' deve essere un URL di base senza query né frammento
cli-user-in-url = un URL con nome utente o password prima dell'host (user:password@host) viene rifiutato: comparirebbe in etichette e log, e Plesk legge le credenziali solo dalle intestazioni; indicare invece la chiave in un file di chiave o nel pannello
cli-timeout = nessuna risposta entro { $seconds } s
cli-unreachable = impossibile raggiungere { $url }: { $detail }
cli-redirect = il server ha risposto con un reindirizzamento (HTTP { $status }), che non viene mai seguito
cli-answer-too-large = la risposta supera { $bytes } byte
cli-answer-unreadable = impossibile leggere la risposta: { $detail }
cli-answer-not-utf8 = la risposta non è in UTF-8
cli-http-status = HTTP { $status } da { $url }: { $body }

## report.

cli-no-findings = nessuno
cli-report-finding = chiave { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } chiave con un rilievo di livello { $level } o peggiore
       *[other] { $count } chiavi con un rilievo di livello { $level } o peggiore
    }
cli-customers = clienti
cli-resellers = rivenditori
cli-owners-unknown = lo stato dei proprietari è sconosciuto (richiesta su { $what }: { $reason })

## Tabelle e avvisi.

cli-column-server = Server
cli-column-id = ID
cli-column-addresses = Indirizzi IP
cli-column-description = Descrizione
cli-column-owner = Proprietario
cli-column-owner-status = Stato del proprietario
cli-column-findings = Rilievi
cli-list-separator = { ", " }
cli-any-address = qualsiasi indirizzo (nessuna restrizione IP)
cli-plain-http = attenzione: { $url } è http:// non cifrato verso un'altra macchina: la chiave o la password attraversano la rete in chiaro; usare https://

## Gli errori di Plesk: il testo di Plesk resta come Plesk l'ha inviato, tra virgolette.

cli-plesk-error = Errore di Plesk { $code }: { $text }
cli-plesk-error-explained = Errore di Plesk { $code }: { $text } ({ $explanation })
