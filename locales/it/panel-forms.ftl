### I moduli e le finestre di dialogo del pannello: Crea, le impostazioni di una chiave, la nuova chiave, Elimina, Ruota e Modifica,
### l'ispettore dei pacchetti, le parti caricate al primo utilizzo e ciò che può andare storto tra il pannello e Plesk.

## Creare una chiave.

create-title = Crea una chiave
create-bind-label = Vincola all'indirizzo visto da Plesk
create-bind-hint = Senza indirizzi, Plesk vincola la chiave all'indirizzo da cui proviene la richiesta: dietro un gateway, è l'indirizzo del gateway.
create-submit = Crea chiave
create-no-address = Indicare almeno un indirizzo IP oppure selezionare “Vincola all'indirizzo visto da Plesk”.
# Mostrato una volta quando si preme Crea senza una descrizione.
create-empty-description = Aggiungere una descrizione per poter riconoscere questa chiave in seguito, oppure premere di nuovo Crea chiave per crearla senza descrizione.
create-created = Chiave creata. Copiarla subito: viene mostrata una sola volta.
# Sotto la nuova chiave: gli indirizzi a cui è vincolata ($addresses: indirizzi IP).
create-bound-to = Vincolata a { $addresses }.
create-bound-to-sender = Vincolata all'indirizzo visto da Plesk.

## Le impostazioni di una chiave (Crea, Modifica, Crea sui server).

settings-addresses-label = Indirizzi IP
settings-no-address = Indicare almeno un indirizzo IP.
settings-description-label = Descrizione
settings-owner-label = Nome utente del proprietario
settings-choose-owner = Scegli un proprietario
settings-owner-hint = Facoltativo: il nome utente di un rivenditore o di un cliente. Se vuoto, la chiave appartiene al proprio account.

## Il campo degli indirizzi IP, verificato durante la digitazione; un campo segreto.

field-no-address = Nessun indirizzo: selezionare “Vincola all'indirizzo visto da Plesk” per creare comunque una chiave.
field-valid-addresses = { $count ->
    [one] { $count } indirizzo valido.
   *[other] { $count } indirizzi validi.
}
field-typing = Continuare a digitare: l'ultimo indirizzo non è ancora completo.
field-show-key = Mostra chiave

## La nuova chiave, mostrata una sola volta.

new-key-title = Nuova chiave
new-key-warning = Copiarla subito: Plesk ne conserva solo un hash e non può mostrare di nuovo questa chiave. Scompare da questa pagina quando si chiude questo avviso.
new-key-copy = Copia
new-key-dismiss = Chiudi
new-key-copied = La nuova chiave è stata copiata negli appunti.
# $reason: il motivo, ad es. new-key-clipboard-refused.
new-key-copy-failed = Copia non riuscita ({ $reason }): selezionare la chiave e copiarla manualmente.
new-key-clipboard-refused = il browser ha negato l'accesso agli appunti

## Finestre di dialogo.

dialog-delete = Elimina
dialog-cancel = Annulla

## Eliminare.

delete-title = Eliminare la chiave { $id }?
delete-title-keys = Eliminare { $count } chiavi?
delete-warning = { $count ->
    [one] Questa chiave smetterà subito di funzionare. L'operazione non può essere annullata:
   *[other] Queste chiavi smetteranno subito di funzionare. L'operazione non può essere annullata:
}
# Una chiave nell'elenco delle chiavi da eliminare: ID, descrizione e nome utente del proprietario.
delete-key-label = chiave { $id } ({ $description }; { $owner })
delete-no-description = nessuna descrizione
delete-no-owner = nessun proprietario
delete-own-warning = Una di queste è la chiave usata da questo pannello: dopo l'eliminazione la sessione verrà chiusa.
# $summary: cosa è stato eliminato e cosa no.
delete-own-deleted = { $summary } La chiave usata dal pannello è stata eliminata: la sessione è stata chiusa.

## Ruotare e modificare.

rotate-title = Ruota la chiave { $id }
rotate-edit-title = Modifica la chiave { $id }
rotate-explanation = Viene creata una nuova chiave con gli stessi indirizzi ({ $addresses }), la stessa descrizione e lo stesso proprietario. La vecchia chiave { $id } viene eliminata solo dopo che la creazione è riuscita e dopo la conferma.
rotate-edit-hint = Plesk non prevede un'operazione di aggiornamento delle chiavi: il salvataggio crea una nuova chiave con queste impostazioni; la vecchia chiave viene eliminata solo dopo che la creazione è riuscita e dopo la conferma.
rotate-any-address-warning = Questa chiave funziona da qualsiasi indirizzo. La XML API di Plesk non consente di creare una chiave del genere: la nuova chiave viene vincolata agli indirizzi indicati oppure, se non ne vengono indicati, all'indirizzo visto da Plesk (il gateway di questo pannello).
rotate-create = Crea nuova chiave
rotate-save = Salva come nuova chiave
rotate-replaces = Sostituisce la chiave { $id }.
rotate-created = Nuova chiave creata. Copiarla, quindi decidere se eliminare la chiave { $id }.
rotate-create-failed = Non è stata creata alcuna nuova chiave; la chiave { $id } è stata conservata: { $reason }
rotate-delete-old-question = Ora la nuova chiave funziona. Eliminare la vecchia chiave { $id }?
rotate-own-warning = La vecchia chiave è quella usata da questo pannello: dopo l'eliminazione la sessione verrà chiusa.
rotate-delete-old = Elimina la vecchia chiave { $id }
rotate-keep-old = Conserva la vecchia chiave
rotate-kept = La chiave { $id } è stata conservata; ora funzionano entrambe le chiavi.
rotate-deleted = Chiave { $id } eliminata; la nuova chiave la sostituisce.
rotate-own-deleted = Chiave { $id } eliminata. Era la chiave usata dal pannello: connettersi con la nuova chiave.
rotate-not-deleted = La chiave { $id } non è stata eliminata: { $reason }
rotate-no-result = Chiave { $id }: Plesk non ha restituito alcun risultato.

## L'ispettore dei pacchetti.

inspector-title = Ispettore pacchetti
inspector-hint = Le ultime richieste e risposte, senza valori delle chiavi e password.
inspector-copy-curl = Copia come curl
inspector-exchange = Scambio { $number }
inspector-request = Richiesta { $number }
inspector-response = Risposta { $number }
inspector-no-request = Ancora nessuna richiesta.
# $variable: la variabile di shell che rappresenta la chiave ($PLESK_KEY).
inspector-copied = L'ultima richiesta è stata copiata come comando curl (la chiave è { $variable }).
inspector-copy-failed = Copia non riuscita: il browser ha negato l'accesso agli appunti.
inspector-too-long = (non mostrato: { $size } byte, più dei { $limit } che l'ispettore mostra; per elenchi lunghi usare il client da riga di comando)
inspector-not-utf8 = (non mostrato: il pacchetto non è testo UTF-8)
# $reason: perché il pacchetto non è XML che l'ispettore può mostrare (api-xml-…).
inspector-not-shown = (non mostrato: { $reason })

## Parti del pannello scaricate al primo utilizzo.

part-loading = Caricamento…
part-loading-dialog = Caricamento di questa parte del pannello…
part-not-loaded = Impossibile caricare questa parte del pannello (la rete non è disponibile?).
part-failed-title = Impossibile aprire questo elemento
part-retry = Riprova

## Tra il pannello e Plesk.

api-network = Il pannello non è riuscito a raggiungere l'endpoint dell'agente ({ $detail }). Verificare la connessione di rete e che il gateway sia in esecuzione.
api-timeout = Nessuna risposta entro { $seconds } secondi. Il gateway o Plesk potrebbero essere sovraccarichi; riprovare.
api-too-large = Il gateway ha rifiutato la richiesta perché troppo grande (HTTP 413).
api-bad-gateway = Il gateway non è riuscito a raggiungere il server Plesk (HTTP 502). Plesk potrebbe non essere attivo, oppure il gateway punta all'indirizzo sbagliato.
api-gateway-timeout = Il server Plesk non ha risposto al gateway in tempo (HTTP 504). Riprovare; se il problema persiste, controllare il server Plesk.
api-http = L'endpoint dell'agente ha risposto HTTP { $status } anziché con un pacchetto Plesk.
api-refused = Il gateway ha rifiutato la richiesta (HTTP { $status }).
# I rifiuti del gateway, secondo il codice che invia (`x-plesk-keys-refusal`), con le stesse parole
# con cui `plesk-keys serve` li scrive in inglese.
api-refusal-not-signed-in = Accedere prima tramite il portale: questo pannello funziona solo per chi ha effettuato l'accesso.
api-refusal-session-ended = La sessione è terminata (scaduta, chiusa o mai iniziata): accedere di nuovo; quanto digitato resta nel modulo.
api-refusal-identity-refused = Le intestazioni di accesso sono state rifiutate (inviate due volte, non in testo semplice, scritte con trattini bassi o provenienti da un indirizzo che non è il proxy del portale).
api-refusal-cross-site = Solo la pagina del pannello stesso può inviare richieste qui (stessa origine).
api-refusal-server-out-of-scope = Questo account non ha accesso a questo server.
api-refusal-foreign-origin = Questa origine non è autorizzata a usare il percorso dell'agente.
api-unreadable = Impossibile leggere la risposta: { $reason }
api-unexpected-shape = Plesk ha restituito un numero di risultati inatteso: { $received } invece di { $expected }; non è stato dato nulla per scontato.
# Un errore segnalato da Plesk: cosa significa (plesk-error-…), il suo codice e il testo di Plesk stesso.
api-plesk-error = { $explanation } (errore di Plesk { $code }: { $text })
# 11003 quando il testo di Plesk dice che la chiave non è stata trovata (Plesk 18.0.33 e successivi).
api-plesk-unknown-key = Plesk non riconosce questa chiave segreta: potrebbe essere stata eliminata o digitata in modo errato.
# 1006 quando il testo di Plesk dice che la sua restrizione di accesso all'API ha rifiutato l'indirizzo.
api-plesk-api-restricted = La restrizione di accesso all'API di Plesk rifiuta l'indirizzo che Plesk vede (dietro un gateway, l'indirizzo del gateway): chiedere al proprio amministratore di consentirlo.

## Una risposta che non è un pacchetto Plesk leggibile da questo pannello ($element, $field, $root, $parent: nomi di elementi XML; $snippet: l'inizio della risposta).

api-answer-too-large = La risposta è di { $size } byte, più dei { $limit } byte che questo strumento legge.
api-answer-not-utf8 = La risposta non è testo UTF-8 valido.
api-answer-not-a-packet = La risposta è XML ma non è un pacchetto Plesk (la sua radice è <{ $root }>): { $snippet }
api-answer-no-content = La risposta non contiene né risultati né un errore.
api-answer-no-status = Un risultato <{ $element }> non ha uno stato.
api-answer-unknown-status = Un risultato <{ $element }> ha lo stato sconosciuto '{ $status }'.
api-answer-bad-errcode = Un risultato <{ $element }> ha il codice di errore '{ $errcode }', che non è un numero da 0 a 4294967295.
api-answer-no-new-key = Un risultato di creazione riuscito non contiene alcuna chiave.
api-answer-malformed-new-key = La risposta di Plesk alla creazione contiene una nuova chiave di { $length } caratteri che non ha la forma di una chiave (solo lettere, cifre, '-' e '_'); non viene mostrata. Una chiave potrebbe essere stata creata: controllare l'elenco delle chiavi ed eliminare quelle non riconosciute.
api-answer-incomplete-key-info = Una voce key_info non ha un elemento <{ $field }>.
api-answer-unexpected = La risposta contiene un elemento <{ $element }> inatteso all'interno di <{ $parent }>.
api-xml-empty = La risposta è vuota.
api-xml-html = La risposta è una pagina HTML, non un pacchetto XML di Plesk (spesso una pagina di errore di un proxy): { $snippet }
api-xml-not-xml = La risposta non è XML: { $snippet }
api-xml-truncated = L'XML si interrompe prima della fine (troncato): { $snippet }
api-xml-doctype = L'XML contiene una dichiarazione DOCTYPE o di entità, che Plesk non invia mai; non è stato elaborato.
api-xml-unknown-entity = L'XML usa l'entità non dichiarata '&{ $name };'.
api-xml-too-deep = L'XML annida elementi a più di { $limit } livelli di profondità.
api-xml-malformed = L'XML non è ben formato alla riga { $line }: { $detail }
