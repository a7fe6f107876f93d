### Die Formulare und Dialoge des Panels: Erstellen, die Einstellungen eines Schlüssels, der neue Schlüssel, Löschen, Rotieren und Bearbeiten,
### der Paket-Inspektor, bei der ersten Verwendung geladene Teile und was zwischen Panel und Plesk schiefgeht.

## Einen Schlüssel erstellen.

create-title = Schlüssel erstellen
create-bind-label = An die Adresse binden, die Plesk sieht
create-bind-hint = Ohne Adressen bindet Plesk den Schlüssel an die Adresse, von der die Anfrage kommt: Hinter einem Gateway ist das die Adresse des Gateways.
create-submit = Schlüssel erstellen
create-no-address = Geben Sie mindestens eine IP-Adresse an oder aktivieren Sie „An die Adresse binden, die Plesk sieht“.
# Wird einmal angezeigt, wenn ohne Beschreibung auf „Schlüssel erstellen“ geklickt wird.
create-empty-description = Fügen Sie eine Beschreibung hinzu, damit Sie diesen Schlüssel später unterscheiden können – oder klicken Sie erneut auf „Schlüssel erstellen“, um ihn ohne Beschreibung zu erstellen.
create-created = Schlüssel erstellt. Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt.
# Unter dem neuen Schlüssel: die Adressen, an die er gebunden ist ($addresses: IP-Adressen).
create-bound-to = Gebunden an { $addresses }.
create-bound-to-sender = An die Adresse gebunden, die Plesk sieht.

## Die Einstellungen eines Schlüssels (Erstellen, Bearbeiten, Auf Servern erstellen).

settings-addresses-label = IP-Adressen
settings-no-address = Geben Sie mindestens eine IP-Adresse an.
settings-description-label = Beschreibung
settings-owner-label = Benutzername des Besitzers
settings-choose-owner = Besitzer auswählen
settings-owner-hint = Optional: der Benutzername eines Resellers oder Kunden. Leer: Der Schlüssel gehört Ihnen.

## Das Feld der IP-Adressen, bei der Eingabe geprüft; ein geheimes Feld.

field-no-address = Keine Adresse: Aktivieren Sie „An die Adresse binden, die Plesk sieht“, um trotzdem einen Schlüssel zu erstellen.
field-valid-addresses = { $count ->
    [one] { $count } gültige Adresse.
   *[other] { $count } gültige Adressen.
}
field-typing = Schreiben Sie weiter: Die letzte Adresse ist noch nicht vollständig.
field-show-key = Schlüssel anzeigen

## Der neue Schlüssel, einmal angezeigt.

new-key-title = Neuer Schlüssel
new-key-warning = Kopieren Sie ihn jetzt: Plesk speichert nur einen Hash und kann diesen Schlüssel nicht erneut anzeigen. Er verschwindet von dieser Seite, wenn Sie ihn schließen.
new-key-copy = Kopieren
new-key-dismiss = Schließen
new-key-copied = Der neue Schlüssel wurde in die Zwischenablage kopiert.
# $reason: warum, z. B. new-key-clipboard-refused.
new-key-copy-failed = Kopieren fehlgeschlagen ({ $reason }): Markieren Sie den Schlüssel und kopieren Sie ihn manuell.
new-key-clipboard-refused = der Browser hat den Zugriff auf die Zwischenablage verweigert

## Dialoge.

dialog-delete = Löschen
dialog-cancel = Abbrechen

## Löschen.

delete-title = Schlüssel { $id } löschen?
delete-title-keys = { $count } Schlüssel löschen?
delete-warning = { $count ->
    [one] Dieser Schlüssel funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden:
   *[other] Diese Schlüssel funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden:
}
# Ein Schlüssel in der Liste der zu löschenden Schlüssel: seine ID, Beschreibung und der Benutzername des Besitzers.
delete-key-label = Schlüssel { $id } ({ $description }; { $owner })
delete-no-description = keine Beschreibung
delete-no-owner = kein Besitzer
delete-own-warning = Einer davon ist der Schlüssel, den dieses Panel verwendet: Nach dem Löschen werden Sie abgemeldet.
# $summary: was gelöscht wurde und was nicht.
delete-own-deleted = { $summary } Der eigene Schlüssel des Panels wurde gelöscht: Sie sind abgemeldet.

## Rotieren und Bearbeiten.

rotate-title = Schlüssel { $id } rotieren
rotate-edit-title = Schlüssel { $id } bearbeiten
rotate-explanation = Ein neuer Schlüssel wird mit denselben Adressen ({ $addresses }), derselben Beschreibung und demselben Besitzer erstellt. Der alte Schlüssel { $id } wird erst gelöscht, wenn das erfolgreich war und Sie es bestätigen.
rotate-edit-hint = Plesk bietet keinen Vorgang zum Ändern von Schlüsseln: Beim Speichern wird ein neuer Schlüssel mit diesen Einstellungen erstellt; der alte Schlüssel wird erst gelöscht, wenn das erfolgreich war und Sie es bestätigen.
rotate-any-address-warning = Dieser Schlüssel funktioniert von jeder Adresse aus. Die XML API von Plesk kann einen solchen Schlüssel nicht erstellen: Der neue Schlüssel wird an die angegebenen Adressen gebunden oder, ohne Adressen, an die Adresse, die Plesk sieht (das Gateway dieses Panels).
rotate-create = Neuen Schlüssel erstellen
rotate-save = Als neuen Schlüssel speichern
rotate-replaces = Ersetzt Schlüssel { $id }.
rotate-created = Neuer Schlüssel erstellt. Kopieren Sie ihn und entscheiden Sie dann, ob Schlüssel { $id } gelöscht werden soll.
rotate-create-failed = Es wurde kein neuer Schlüssel erstellt; Schlüssel { $id } wurde beibehalten: { $reason }
rotate-delete-old-question = Der neue Schlüssel funktioniert jetzt. Den alten Schlüssel { $id } löschen?
rotate-own-warning = Der alte Schlüssel ist der, den dieses Panel verwendet: Nach dem Löschen werden Sie abgemeldet.
rotate-delete-old = Alten Schlüssel { $id } löschen
rotate-keep-old = Alten Schlüssel behalten
rotate-kept = Schlüssel { $id } wurde beibehalten; beide Schlüssel funktionieren jetzt.
rotate-deleted = Schlüssel { $id } gelöscht; der neue Schlüssel ersetzt ihn.
rotate-own-deleted = Schlüssel { $id } gelöscht. Es war der eigene Schlüssel des Panels: Verbinden Sie sich mit dem neuen Schlüssel.
rotate-not-deleted = Schlüssel { $id } wurde nicht gelöscht: { $reason }
rotate-no-result = Schlüssel { $id }: Plesk hat kein Ergebnis gesendet.

## Der Paket-Inspektor.

inspector-title = Paket-Inspektor
inspector-hint = Die letzten Anfragen und Antworten, ohne Schlüsselwerte und Passwörter.
inspector-copy-curl = Als curl kopieren
inspector-exchange = Austausch { $number }
inspector-request = Anfrage { $number }
inspector-response = Antwort { $number }
inspector-no-request = Noch keine Anfrage.
# $variable: die Shell-Variable, die für den Schlüssel steht ($PLESK_KEY).
inspector-copied = Die letzte Anfrage wurde als curl-Befehl kopiert (der Schlüssel ist { $variable }).
inspector-copy-failed = Kopieren fehlgeschlagen: Der Browser hat den Zugriff auf die Zwischenablage verweigert.
inspector-too-long = (nicht angezeigt: { $size } Bytes, mehr als die { $limit }, die der Inspektor anzeigt; verwenden Sie für lange Listen den Befehlszeilen-Client)
inspector-not-utf8 = (nicht angezeigt: Das Paket ist kein UTF-8-Text)
# $reason: warum das Paket kein XML ist, das der Inspektor anzeigen kann (api-xml-…).
inspector-not-shown = (nicht angezeigt: { $reason })

## Teile des Panels, die bei der ersten Verwendung abgerufen werden.

part-loading = Wird geladen…
part-loading-dialog = Dieser Teil des Panels wird geladen…
part-not-loaded = Dieser Teil des Panels konnte nicht geladen werden (ist das Netzwerk nicht verfügbar?).
part-failed-title = Konnte nicht geöffnet werden
part-retry = Erneut versuchen

## Zwischen Panel und Plesk.

api-network = Das Panel konnte den Agent-Endpunkt nicht erreichen ({ $detail }). Prüfen Sie die Netzwerkverbindung und ob das Gateway läuft.
api-timeout = Keine Antwort innerhalb von { $seconds } Sekunden. Das Gateway oder Plesk ist möglicherweise überlastet; versuchen Sie es erneut.
api-too-large = Das Gateway hat die Anfrage als zu groß abgelehnt (HTTP 413).
api-bad-gateway = Das Gateway konnte den Plesk-Server nicht erreichen (HTTP 502). Plesk ist möglicherweise nicht verfügbar, oder das Gateway verweist auf die falsche Adresse.
api-gateway-timeout = Der Plesk-Server hat dem Gateway nicht rechtzeitig geantwortet (HTTP 504). Versuchen Sie es erneut; wenn das Problem weiterhin besteht, prüfen Sie den Plesk-Server.
api-http = Der Agent-Endpunkt hat mit HTTP { $status } statt mit einem Plesk-Paket geantwortet.
api-refused = Das Gateway hat die Anfrage abgelehnt (HTTP { $status }).
# Die Ablehnungen des Gateways, nach dem Code, den es sendet (`x-plesk-keys-refusal`), mit denselben Worten,
# mit denen `plesk-keys serve` sie auf Englisch schreibt.
api-refusal-not-signed-in = Melden Sie sich zuerst über das Portal an: Dieses Panel steht nur angemeldeten Personen zur Verfügung.
api-refusal-session-ended = Ihre Sitzung ist beendet (abgelaufen, durch Abmelden beendet oder nie begonnen): Melden Sie sich erneut an; Ihre Eingaben bleiben im Formular erhalten.
api-refusal-identity-refused = Die Anmelde-Header wurden abgelehnt (doppelt gesendet, kein reiner Text, mit Unterstrichen geschrieben oder von einer Adresse, die nicht der Proxy des Portals ist).
api-refusal-cross-site = Nur die eigene Seite des Panels darf Anfragen hierher senden (gleicher Ursprung).
api-refusal-server-out-of-scope = Sie haben keinen Zugriff auf diesen Server.
api-refusal-foreign-origin = Dieser Ursprung darf den Agent-Pfad nicht verwenden.
api-unreadable = Die Antwort konnte nicht gelesen werden: { $reason }
api-unexpected-shape = Plesk hat eine unerwartete Anzahl von Ergebnissen geliefert ({ $received } statt { $expected }); es wurde nichts angenommen.
# Ein von Plesk gemeldeter Fehler: seine Bedeutung (plesk-error-…), sein Code und der Text von Plesk selbst.
api-plesk-error = { $explanation } (Plesk-Fehler { $code }: { $text })
# 11003, wenn der Text von Plesk besagt, dass der Schlüssel nicht gefunden wurde (Plesk 18.0.33 und höher).
api-plesk-unknown-key = Plesk kennt diesen geheimen Schlüssel nicht: Er wurde möglicherweise gelöscht oder falsch eingegeben.
# 1006, wenn der Text von Plesk besagt, dass die API-Zugriffsbeschränkung die Adresse abgelehnt hat.
api-plesk-api-restricted = Die API-Zugriffsbeschränkung von Plesk lehnt die Adresse ab, die Plesk sieht (hinter einem Gateway die Adresse des Gateways): Bitten Sie Ihren Administrator, sie zuzulassen.

## Eine Antwort, die kein für dieses Panel lesbares Plesk-Paket ist ($element, $field, $root, $parent: Namen von XML-Elementen; $snippet: der Anfang der Antwort).

api-answer-too-large = Die Antwort ist { $size } Bytes groß, mehr als die { $limit } Bytes, die dieses Tool liest.
api-answer-not-utf8 = Die Antwort ist kein gültiger UTF-8-Text.
api-answer-not-a-packet = Die Antwort ist XML, aber kein Plesk-Paket (ihr Wurzelelement ist <{ $root }>): { $snippet }
api-answer-no-content = Die Antwort enthält weder Ergebnisse noch einen Fehler.
api-answer-no-status = Ein <{ $element }>-Ergebnis hat keinen Status.
api-answer-unknown-status = Ein <{ $element }>-Ergebnis hat den unbekannten Status '{ $status }'.
api-answer-bad-errcode = Ein <{ $element }>-Ergebnis hat den Fehlercode '{ $errcode }', der keine Zahl von 0 bis 4294967295 ist.
api-answer-no-new-key = Ein erfolgreiches create-Ergebnis enthält keinen Schlüssel.
api-answer-malformed-new-key = Die create-Antwort von Plesk enthält einen neuen Schlüssel mit { $length } Zeichen, der nicht wie ein Schlüssel aufgebaut ist (nur Buchstaben, Ziffern, '-' und '_'); er wird zurückgehalten. Möglicherweise wurde ein Schlüssel erstellt: Prüfen Sie die Schlüsselliste und löschen Sie alle, die Sie nicht kennen.
api-answer-incomplete-key-info = Einem key_info-Eintrag fehlt <{ $field }>.
api-answer-unexpected = Die Antwort enthält ein unerwartetes <{ $element }> innerhalb von <{ $parent }>.
api-xml-empty = Die Antwort ist leer.
api-xml-html = Die Antwort ist eine HTML-Seite, kein XML-Paket von Plesk (oft eine Fehlerseite eines Proxys): { $snippet }
api-xml-not-xml = Die Antwort ist kein XML: { $snippet }
api-xml-truncated = Das XML bricht vor seinem Ende ab (abgeschnitten): { $snippet }
api-xml-doctype = Das XML enthält eine DOCTYPE- oder Entity-Deklaration, die Plesk nie sendet; es wurde nicht verarbeitet.
api-xml-unknown-entity = Das XML verwendet die nicht deklarierte Entity '&{ $name };'.
api-xml-too-deep = Das XML verschachtelt Elemente tiefer als { $limit } Ebenen.
api-xml-malformed = Das XML ist in Zeile { $line } fehlerhaft: { $detail }
