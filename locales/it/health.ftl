### Stato delle chiavi: cosa non va in una chiave, o merita un controllo, e cosa fare (sia la colonna
### Stato del pannello sia `plesk-keys report`).

## Livelli.

health-level-danger = pericolo
health-level-warning = attenzione
health-level-note = nota

## Proprietari.

health-owner-administrator = amministratore
health-status-active = attivo
health-status-missing = inesistente
health-status-unknown = sconosciuto
health-status-number = stato { $status }
health-flag-4 = in backup o ripristino
health-flag-16 = disattivato dall'amministratore
health-flag-32 = disattivato dal suo rivenditore
health-flag-64 = disattivato dal cliente
health-flag-256 = scaduto

## Motivi.

health-reason-owner-missing = Il suo proprietario { $login } non esiste più in Plesk.
health-reason-owner-inactive = Il suo proprietario { $login } non è attivo ({ $status }).
health-reason-anywhere-administrator = Una chiave dell'amministratore non vincolata ad alcun indirizzo: funziona da qualsiasi luogo.
health-reason-anywhere-key = Questa chiave non è vincolata ad alcun indirizzo: funziona da qualsiasi luogo.
health-reason-wide-administrator = Una chiave dell'amministratore vincolata a { $range }, un intervallo più ampio di un /24 o di un /64.
health-reason-wide-key = Questa chiave è vincolata a { $range }, un intervallo più ampio di un /24 o di un /64.
health-reason-public-among-private = Vincolata all'indirizzo pubblico { $address }, mentre i suoi altri indirizzi sono privati.
health-reason-service-address = Vincolata a { $address }, l'indirizzo del server Plesk o del servizio posto davanti a esso: funziona per chiunque possa inviare richieste passando da lì.
health-reason-twins = Altre chiavi dello stesso proprietario sugli stessi indirizzi: { $others }.
health-reason-no-description = Nessuna descrizione: in seguito nessuno potrà capire a cosa serve.

## Cosa fare.

health-advice-owner-missing = Eliminarla.
health-advice-owner-inactive = Eliminarla se il proprietario non c'è più definitivamente.
health-advice-usable-from-anywhere = Ruotarla con gli indirizzi da cui viene usata.
health-advice-public-among-private = Verificare l'indirizzo pubblico; modificare la chiave per rimuoverlo.
health-advice-service-address = Conservarla solo per l'uso tramite quel servizio; altrimenti ruotarla con gli indirizzi delle macchine che la usano.
health-advice-twins = Eliminare le chiavi duplicate rimaste da una rotazione.
health-advice-no-description = Modificarla per indicare a cosa serve.

## Un rilievo in una riga: "pericolo: Il suo proprietario jdoe non esiste più in Plesk. Eliminarla."

health-finding = { $level }: { $reason } { $advice }
