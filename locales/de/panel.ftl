### Das Panel: sein Rahmen (Kopfzeile, Sprache, Sitzung), gemeinsame Wörter.

## Die Kopfzeile.

app-title = Plesk Key Panel
app-signed-in-as = Angemeldet als
app-connected-to = Verbunden mit
app-sign-out = Abmelden
app-log-out = Abmelden
app-sign-in = Anmelden
app-signing-in = Anmeldung läuft…
app-logged-out = Abgemeldet: Der Schlüssel wurde aus diesem Tab entfernt.
app-logged-out-idle = Nach einer Zeit ohne Aktivität abgemeldet: Der Schlüssel wurde aus diesem Tab entfernt.

## Das Sprachmenü.

language-label = Sprache
language-not-shipped = Dieses Panel wurde ohne die Datei dieser Sprache erstellt.
language-not-fetched = Die Sprachdatei konnte nicht abgerufen werden: { $detail }
language-mismatch = Die Sprachdatei passt nicht zu diesem Panel (neuere oder ältere Version): Laden Sie die Seite neu.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
