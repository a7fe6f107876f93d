### L'elenco delle chiavi del pannello: la barra degli strumenti, la tabella Chiavi segrete (filtri, conteggi, selezione, pagine,
### righe, termini dello stato delle chiavi), la proposta dopo l'accesso con password, Cerca ed esportazioni.

## La pagina dell'elenco delle chiavi.

keys-title = Chiavi
keys-skip-to-create = Vai a Crea una chiave
keys-toolbar-label = Azioni sull'elenco delle chiavi
keys-refresh = Aggiorna
keys-export-csv = Esporta CSV
keys-export-json = Esporta JSON
keys-select-first = Selezionare prima almeno una chiave.
keys-export-not-loaded = Impossibile caricare l'esportazione (la rete non è disponibile?). Non è stato salvato nulla; riprovare.
keys-empty = Ancora nessuna chiave segreta. Crearne una con il modulo Crea chiave.
# Il pulsante che elimina le chiavi selezionate; con il loro numero quando ne è selezionata almeno una.
keys-delete-selected = { $count ->
    [0] Elimina selezionate
    [one] Elimina selezionate ({ $count })
   *[other] Elimina selezionate ({ $count })
}

## La riga sopra l'elenco ($time: l'ora locale, HH:MM:SS).

keys-loading = Caricamento delle chiavi…
keys-refreshing = Aggiornamento…
keys-refreshed-at = Ultimo aggiornamento alle { $time }.

## Dopo l'accesso con password: una chiave per questo browser.

keys-offer-title = Accesso effettuato con password
keys-offer-text = La password resta solo in memoria. Creare una chiave API per questo browser e usarla d'ora in poi?
keys-offer-create = Crea una chiave per questo browser
keys-offer-new-key-note = Una chiave per questo browser, vincolata all'indirizzo visto da Plesk. Ora il pannello la usa; la password è stata dimenticata.
keys-offer-created = Chiave creata per questo browser; ora il pannello la usa.
keys-offer-failed = Non è stata creata alcuna chiave: { $error }

## Filtri, conteggi e selezione della tabella.

keys-filter-label = Filtra le chiavi
keys-filter-placeholder = ID, indirizzo, descrizione o proprietario
keys-owner-filter = Proprietario
keys-owner-filter-all = Tutti i proprietari
keys-needs-attention = Da controllare ({ $count })
keys-count = { $count ->
    [one] { $count } chiave
   *[other] { $count } chiavi
}
keys-count-shown = Mostrate: { $shown } su { $total }
keys-selection = Selezionate: { $selected }
keys-selection-hidden = Selezionate: { $selected } (nascoste dal filtro: { $hidden })
keys-clear-selection = Annulla selezione
keys-no-match = Nessuna chiave corrisponde al filtro.
keys-clear-filter = Cancella filtro

## Pagine (sopra e sotto la tabella).

keys-pages-above = Pagine sopra la tabella
keys-pages = Pagine
keys-page-previous = Pagina precedente
keys-page-next = Pagina successiva
keys-page-of = Pagina { $page } di { $pages }

## La tabella: didascalia, intestazioni (anche le etichette delle schede sugli schermi stretti) e righe.

keys-table-caption = Chiavi segrete
keys-select-all = Seleziona tutte le chiavi mostrate
keys-select-all-hint = Seleziona tutte le chiavi mostrate dal filtro, in tutte le pagine
keys-column-server = Server
keys-column-id = ID
keys-column-addresses = Indirizzi IP
keys-column-description = Descrizione
keys-column-owner = Proprietario
keys-column-health = Stato
keys-column-actions = Azioni
keys-any-address = Qualsiasi indirizzo (nessuna restrizione IP)
keys-this-browser = questo browser
# Dopo la descrizione di una chiave quando Plesk ha rifiutato di eliminarla ($reason: il motivo indicato da Plesk).
keys-not-deleted = Non eliminata: { $reason }
# Ciò che identifica una chiave per le persone (nei nomi dei pulsanti e nelle frasi).
keys-name = la chiave { $id }
keys-name-on-server = la chiave { $id } su { $server }
keys-select-named = Seleziona { $name }
keys-rotate = Ruota
keys-edit = Modifica
keys-delete = Elimina
keys-rotate-named = Ruota { $name }
keys-edit-named = Modifica { $name }
keys-delete-named = Elimina { $name }

## Lo stato delle chiavi nella tabella (i motivi e i consigli sono in health.ftl).

keys-health-danger = Pericolo
keys-health-warning = Attenzione
keys-health-note = Nota
# Letto dopo il livello dagli screen reader: "Pericolo per la chiave 5".
keys-health-for = per { $name }
keys-health-rotate-it = Ruotarla
keys-health-delete-it = Eliminarla
keys-health-rotate-named = Ruota { $name } come consigliato
keys-health-delete-named = Elimina { $name } come consigliato

## Eliminazione.

keys-deleted = { $count ->
    [one] { $count } chiave eliminata.
   *[other] { $count } chiavi eliminate.
}
# $failures: uno o più keys-failure, uniti da keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] { $count } chiave eliminata; non eliminate: { $failures }
   *[other] { $count } chiavi eliminate; non eliminate: { $failures }
}
keys-failure = chiave { $id }: { $reason }
keys-failure-separator = { "; " }

## La riga di stato (annunciata agli screen reader).

keys-status-label = Stato

## Cerca.

lookup-title = Cerca chiavi
lookup-keys-label = Chiavi da cercare
lookup-keys-hint = Valori delle chiavi o ID, uno per riga o separati da virgole.
lookup-submit = Cerca
lookup-results-label = Risultati della ricerca
lookup-done = Ricerca: trovate { $found } su { $total }.
# Una riga per ogni chiave cercata ($reference: la chiave come digitata, abbreviata).
lookup-found = { $reference }: trovata — ID { $id }, { $addresses }, “{ $description }”, proprietario { $owner }
lookup-found-no-description = { $reference }: trovata — ID { $id }, { $addresses }, nessuna descrizione, proprietario { $owner }
lookup-not-found = { $reference }: non trovata (errore di Plesk 1013)
lookup-failed = { $reference }: { $error }

## Esportazioni (il contenuto dei file resta in inglese per gli script).

export-done = { $count ->
    [one] { $count } chiave esportata in { $file }.
   *[other] { $count } chiavi esportate in { $file }.
}
export-failed = Esportazione non riuscita: { $reason }.
export-cannot-build = impossibile generare il file
export-cannot-offer = impossibile offrire il file
