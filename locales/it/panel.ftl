### Il pannello: la sua cornice (intestazione, lingua, sessione), parole comuni.

## L'intestazione.

app-title = Plesk Key Panel
app-signed-in-as = Accesso effettuato come
app-connected-to = Connesso a
app-sign-out = Esci
app-log-out = Disconnetti
app-sign-in = Accedi
app-signing-in = Accesso in corso…
app-logged-out = Disconnesso: la chiave è stata rimossa da questa scheda.
app-logged-out-idle = Disconnesso dopo un periodo di inattività: la chiave è stata rimossa da questa scheda.

## Il menu della lingua.

language-label = Lingua
language-not-shipped = Questo pannello è stato compilato senza il file di questa lingua.
language-not-fetched = Impossibile scaricare il file della lingua: { $detail }
language-mismatch = Il file della lingua non corrisponde a questo pannello (versione più recente o meno recente): ricaricare la pagina.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
