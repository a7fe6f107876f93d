### Che cosa significano i codici di errore di Plesk, in parole semplici (nel pannello come nella CLI).

plesk-error-1001 = Plesk ha rifiutato nome utente e password. Controllarli entrambi e riprovare.
plesk-error-1005 = Plesk non supporta la versione del protocollo XML API indicata in questa richiesta.
plesk-error-1006 = In Plesk solo l'amministratore può gestire le chiavi API: chiedere una chiave al proprio amministratore oppure usare un portale in cui si è effettuato l'accesso.
plesk-error-1011 = L'account Plesk è disattivato. Un amministratore deve prima attivarlo.
plesk-error-1012 = L'accesso a Plesk è bloccato dopo alcuni tentativi non riusciti. Attendere o chiedere all'amministratore di sbloccarlo.
plesk-error-1013 = In Plesk questa chiave non esiste (potrebbe essere già stata eliminata).
plesk-error-1014 = Plesk non è riuscito a interpretare il pacchetto della richiesta.
plesk-error-1015 = In Plesk non esiste alcun rivenditore o cliente attivo con il nome utente indicato come proprietario.
plesk-error-1017 = Plesk non supporta questa operazione in questo contesto.
plesk-error-1019 = Plesk ha rifiutato un valore della richiesta perché non valido.
plesk-error-1023 = Plesk non è riuscito a completare l'operazione.
plesk-error-1029 = La richiesta non conteneva credenziali: connettersi con una chiave API oppure con nome utente e password.
plesk-error-11003 = Plesk ha rifiutato la chiave segreta: molto probabilmente è associata a indirizzi IP diversi da quello che vede Plesk (dietro un gateway, l'indirizzo del gateway). Le versioni di Plesk precedenti alla 18.0.33 restituiscono questo errore anche per una chiave che non esiste.
plesk-error-other = Plesk ha segnalato un errore che questo pannello non conosce.
