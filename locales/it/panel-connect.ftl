### Il pannello: la connessione (i moduli di connessione con chiave e di accesso con password, la sessione, la disconnessione per inattività, il cambio di tema), l'accesso tramite un portale e la consegna delle chiavi, e un parco di server (il selettore Server, Tutti i server).

## Il modulo di connessione.

connect-title = Connessione a Plesk
connect-key-label = Chiave API
connect-need-key = Incollare prima una chiave API (una chiave segreta di Plesk).
connect-keep-legend = Conservazione della chiave
connect-keep-tab = In questa scheda (resta dopo il ricaricamento della scheda)
connect-keep-memory = Solo in memoria (persa al ricaricamento)
connect-button = Connetti
connect-checking-key = Verifica della chiave…
connect-retry = Riprova

## Il modulo di accesso (nome utente e password).

connect-sign-in-summary = Accedi con nome utente e password
connect-sign-in-hint = Per un amministratore che non ha ancora una chiave. La password resta solo nella memoria di questa pagina; subito dopo è possibile creare una chiave per questo browser.
connect-login-label = Nome utente
connect-password-label = Password
connect-need-login = Indicare sia il nome utente sia la password.
connect-sign-in-button = Accedi
connect-checking = Verifica in corso…

## Cosa ha risposto Plesk riguardo alla credenziale ($error: l'errore, come indicato da Plesk o dalla connessione).

connect-refused = Plesk ha rifiutato questa credenziale: { $error }
connect-unreachable = Impossibile interrogare Plesk: { $error }

## Il "dove e chi" dell'intestazione: l'host con cui comunica il pannello e il nome utente della credenziale.

connect-where-and-who = { $host } — { $login }

## La sessione.

session-storage-unavailable = Questo browser non consente al pannello di usare l'archiviazione di sessione (modalità privata o archiviazione bloccata); la chiave viene conservata in memoria solo per questa pagina.

## La disconnessione per inattività.

# $seconds: secondi interi rimanenti prima della disconnessione.
idle-warning = Nessuna attività da un po' di tempo: la sessione verrà chiusa tra { $seconds } s. Premere “Resta connesso” per continuare.
idle-stay = Resta connesso

## Il cambio di tema.

theme-dark = Tema scuro

## Accesso tramite un portale (chi ha effettuato l'accesso, secondo il servizio).

# $error: perché non è stato possibile interrogare il servizio.
portal-session-unreachable = Il pannello non è riuscito a verificare chi ha effettuato l'accesso ({ $error }).
portal-no-server = L'accesso è stato effettuato, ma nessun server è disponibile per questo account. Chiedere l'accesso al proprio amministratore.
portal-session-unreadable = Impossibile leggere la risposta del servizio su chi ha effettuato l'accesso.
# $status: il codice di stato HTTP della risposta del servizio.
portal-not-signed-in = Accesso non effettuato (HTTP { $status }). Aprire il pannello tramite il proprio portale.

## Chiavi consegnate da un portale che incorpora il pannello.

# $name: il nome del server indicato dal portale.
portal-no-such-server = nessun server si chiama “{ $name }”
# Una chiave rifiutata: $server, l'etichetta del server; $problem, il motivo del rifiuto.
portal-problem-on-server = { $server }: { $problem }
# $problems: ogni chiave rifiutata, separate da punti e virgola.
portal-keys-not-used = Le chiavi consegnate dal portale non sono state usate: { $problems }.
portal-connected = Connesso con le chiavi consegnate dal portale (conservate solo in memoria).
# $servers: le etichette dei server connessi, separate da virgole.
portal-connected-to = Connesso a { $servers } con le chiavi consegnate dal portale (conservate solo in memoria).

## Il selettore Server.

fleet-server-label = Server
fleet-all-servers = Tutti i server

## Tutti i server: la tabella delle chiavi di ogni server.

fleet-actions-label = Azioni sull'elenco delle chiavi
fleet-refresh = Aggiorna
fleet-export-csv = Esporta CSV
fleet-export-json = Esporta JSON
fleet-show-server = Mostra server
fleet-every-server = Tutti i server
fleet-servers-label = Server
fleet-empty = Ancora nessuna chiave segreta su questi server.
fleet-one-server-hint = Ruota e Modifica agiscono su un solo server: sceglierlo in Server.
# La riga di un server sopra la tabella ($server: la sua etichetta).
fleet-status-not-connected = { $server }: non connesso (sceglierlo in Server per connettersi)
fleet-status-loading = { $server }: caricamento…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } chiave
       *[other] { $count } chiavi
    }
fleet-status-refreshing = { $server }: aggiornamento… (mostrate: { $count })
# $reason: perché non è stato possibile elencare le chiavi del server.
fleet-status-failed = { $server }: { $reason }
# La riga del conteggio sotto la tabella.
fleet-loading-from = Caricamento delle chiavi da { $count ->
        [one] { $count } server
       *[other] { $count } server
    }…
fleet-count = { $keys ->
        [one] { $keys } chiave
       *[other] { $keys } chiavi
    } da { $loaded } { $servers ->
        [one] server su { $servers }
       *[other] server su { $servers }
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } chiave
       *[other] { $keys } chiavi
    } da { $loaded } { $servers ->
        [one] server su { $servers }
       *[other] server su { $servers }
    } ({ $refreshing } in aggiornamento)
# Il nome del pulsante Elimina di una riga.
fleet-delete-key-on = Elimina la chiave { $id } su { $server }

## Tutti i server: eliminare chiavi.

fleet-delete-one-title = Eliminare la chiave { $id } su { $server }?
fleet-delete-on-server-title = Eliminare { $count } chiavi su { $server }?
fleet-delete-on-servers-title = Eliminare { $count } chiavi su { $servers } server?
fleet-delete-warning = { $count ->
        [one] Questa chiave smette subito di funzionare sul suo server. L'operazione non può essere annullata:
       *[other] Queste chiavi smettono subito di funzionare sui rispettivi server. L'operazione non può essere annullata:
    }
# Una chiave nell'elenco della conferma.
fleet-delete-item = chiave { $id } su { $server }
fleet-key-deleted = Chiave { $id } eliminata su { $server }.
# Una chiave non eliminata ($reason: il motivo).
fleet-delete-failure = chiave { $id } su { $server }: { $reason }
# Perché a un server non è stato chiesto di eliminare.
fleet-not-connected = non connesso

## Tutti i server: Crea sui server.

fleet-create-title = Crea sui server
fleet-create-hint = Una chiave su ogni server connesso (ad esempio la chiave di un sistema di monitoraggio): il valore è diverso su ogni server e viene mostrato una sola volta.
fleet-invalid-addresses = Indirizzi IP: { $reason }
fleet-need-address = Indicare almeno un indirizzo IP per le chiavi su ogni server.
fleet-connect-first = Connettere prima almeno un server (sceglierlo in Server).
fleet-keys-created = Chiavi create: copiarle subito, ognuna viene mostrata una sola volta.
fleet-keys-created-elsewhere = Chiavi create sui server: aprire Tutti i server per copiarle (ognuna viene mostrata una sola volta).
fleet-new-keys-title = Nuove chiavi
# Prima della nuova chiave di un server.
fleet-new-key-server = { $server }:
fleet-copy = Copia
fleet-copy-key-of = Copia la chiave di { $server }
fleet-copied = La chiave è stata copiata negli appunti.
fleet-copy-failed = Copia non riuscita ({ $reason }): selezionare la chiave e copiarla manualmente.
fleet-not-created = { $server }: non è stata creata alcuna chiave: { $reason }
fleet-copy-warning = Copiarle subito: Plesk ne conserva solo gli hash e non può mostrare di nuovo queste chiavi.
fleet-copy-all = Copia tutto
fleet-copied-all = Le nuove chiavi sono state copiate come righe NAME=value.
fleet-copy-all-failed = Copia non riuscita ({ $reason }): selezionare le chiavi e copiarle manualmente.
fleet-dismiss = Chiudi

## Tutti i server: Trova su tutti i server.

fleet-find-title = Trova su tutti i server
fleet-find-label = Valore della chiave o ID
fleet-give-one-key = Indicare un valore di chiave o un ID.
fleet-no-result = Plesk non ha restituito alcun risultato
# La frase che indica dove una chiave è valida: le sue parti (sotto) separate da punti e virgola.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Non valida su alcun server
fleet-valid-on-one = Valida su { $server }
# $servers: ogni server come "fleet-found-as", separati da virgole.
fleet-valid-on-several = Valida su { $count } server, come chiave distinta su ciascuno: { $servers }
fleet-found-as = { $server } come chiave { $id }
fleet-not-found-on = non trovata su { $servers }
# $servers: ogni server come "fleet-failed-on", separati da punti e virgola.
fleet-could-not-ask = impossibile interrogare { $servers }
fleet-failed-on = { $server }: { $reason }
