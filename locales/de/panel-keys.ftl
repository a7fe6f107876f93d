### Die Schlüsselliste des Panels: ihre Symbolleiste, die Tabelle „Geheime Schlüssel“ (Filter, Zähler, Auswahl, Seiten,
### Zeilen, die Wörter zum Zustand der Schlüssel), das Angebot nach der Anmeldung mit Passwort, Nachschlagen und Exporte.

## Die Seite der Schlüsselliste.

keys-title = Schlüssel
keys-skip-to-create = Direkt zu „Schlüssel erstellen“
keys-toolbar-label = Aktionen für die Schlüsselliste
keys-refresh = Aktualisieren
keys-export-csv = Als CSV exportieren
keys-export-json = Als JSON exportieren
keys-select-first = Wählen Sie zuerst mindestens einen Schlüssel aus.
keys-export-not-loaded = Der Export konnte nicht geladen werden (ist das Netzwerk nicht verfügbar?). Es wurde nichts gespeichert; versuchen Sie es erneut.
keys-empty = Noch keine geheimen Schlüssel. Erstellen Sie einen mit dem Formular „Schlüssel erstellen“.
# Die Schaltfläche, die die markierten Schlüssel löscht; mit der Anzahl, sobald etwas markiert ist.
keys-delete-selected = { $count ->
    [0] Ausgewählte löschen
    [one] Ausgewählte löschen ({ $count })
   *[other] Ausgewählte löschen ({ $count })
}

## Die Zeile über der Liste ($time: die Ortszeit, HH:MM:SS).

keys-loading = Schlüssel werden geladen…
keys-refreshing = Wird aktualisiert…
keys-refreshed-at = Zuletzt aktualisiert um { $time }.

## Nach der Anmeldung mit einem Passwort: ein Schlüssel für diesen Browser.

keys-offer-title = Mit einem Passwort angemeldet
keys-offer-text = Das Passwort bleibt nur im Arbeitsspeicher. Einen API-Schlüssel für diesen Browser erstellen und ab jetzt verwenden?
keys-offer-create = Schlüssel für diesen Browser erstellen
keys-offer-new-key-note = Ein Schlüssel für diesen Browser, gebunden an die Adresse, die Plesk sieht. Das Panel verwendet ihn jetzt; Ihr Passwort ist vergessen.
keys-offer-created = Schlüssel für diesen Browser erstellt; das Panel verwendet ihn jetzt.
keys-offer-failed = Es wurde kein Schlüssel erstellt: { $error }

## Filter, Zähler und Auswahl der Tabelle.

keys-filter-label = Schlüssel filtern
keys-filter-placeholder = ID, Adresse, Beschreibung oder Besitzer
keys-owner-filter = Besitzer
keys-owner-filter-all = Alle Besitzer
keys-needs-attention = Handlungsbedarf ({ $count })
keys-count = { $count ->
    [one] { $count } Schlüssel
   *[other] { $count } Schlüssel
}
keys-count-shown = { $shown } von { $total } angezeigt
keys-selection = { $selected } ausgewählt
keys-selection-hidden = { $selected } ausgewählt, { $hidden } durch den Filter ausgeblendet
keys-clear-selection = Auswahl aufheben
keys-no-match = Keine Schlüssel entsprechen dem Filter.
keys-clear-filter = Filter zurücksetzen

## Seiten (über und unter der Tabelle).

keys-pages-above = Seiten über der Tabelle
keys-pages = Seiten
keys-page-previous = Vorherige Seite
keys-page-next = Nächste Seite
keys-page-of = Seite { $page } von { $pages }

## Die Tabelle: Beschriftung, Spaltenköpfe (auf schmalen Bildschirmen auch die Beschriftungen der Karten) und Zeilen.

keys-table-caption = Geheime Schlüssel
keys-select-all = Alle angezeigten auswählen
keys-select-all-hint = Alle Schlüssel auswählen, die der Filter anzeigt, auf allen Seiten
keys-column-server = Server
keys-column-id = ID
keys-column-addresses = IP-Adressen
keys-column-description = Beschreibung
keys-column-owner = Besitzer
keys-column-health = Zustand
keys-column-actions = Aktionen
keys-any-address = Jede Adresse (keine IP-Beschränkung)
keys-this-browser = dieser Browser
# Nach der Beschreibung eines Schlüssels, wenn Plesk das Löschen abgelehnt hat ($reason: der Grund von Plesk).
keys-not-deleted = Nicht gelöscht: { $reason }
# Wie ein Schlüssel für Menschen benannt wird (in Namen von Schaltflächen und in Sätzen).
keys-name = Schlüssel { $id }
keys-name-on-server = Schlüssel { $id } auf { $server }
keys-select-named = { $name } auswählen
keys-rotate = Rotieren
keys-edit = Bearbeiten
keys-delete = Löschen
keys-rotate-named = { $name } rotieren
keys-edit-named = { $name } bearbeiten
keys-delete-named = { $name } löschen

## Zustand der Schlüssel in der Tabelle (die Gründe und Ratschläge stehen in health.ftl).

keys-health-danger = Gefahr
keys-health-warning = Warnung
keys-health-note = Hinweis
# Von Screenreadern nach der Stufe vorgelesen: „Gefahr für Schlüssel 5“.
keys-health-for = für { $name }
keys-health-rotate-it = Rotieren
keys-health-delete-it = Löschen
keys-health-rotate-named = { $name } wie empfohlen rotieren
keys-health-delete-named = { $name } wie empfohlen löschen

## Löschen.

keys-deleted = { $count ->
    [one] { $count } Schlüssel gelöscht.
   *[other] { $count } Schlüssel gelöscht.
}
# $failures: ein oder mehrere keys-failure, verbunden durch keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] { $count } Schlüssel gelöscht; nicht gelöscht: { $failures }
   *[other] { $count } Schlüssel gelöscht; nicht gelöscht: { $failures }
}
keys-failure = Schlüssel { $id }: { $reason }
keys-failure-separator = { "; " }

## Die Statuszeile (wird Screenreadern angesagt).

keys-status-label = Status

## Nachschlagen.

lookup-title = Schlüssel nachschlagen
lookup-keys-label = Nachzuschlagende Schlüssel
lookup-keys-hint = Schlüsselwerte oder IDs, einer pro Zeile oder durch Kommas getrennt.
lookup-submit = Nachschlagen
lookup-results-label = Ergebnisse der Suche
lookup-done = Nachschlagen: { $found } von { $total } gefunden.
# Eine Zeile pro nachgeschlagenem Schlüssel ($reference: der Schlüssel wie eingegeben, gekürzt).
lookup-found = { $reference }: gefunden – ID { $id }, { $addresses }, „{ $description }“, Besitzer { $owner }
lookup-found-no-description = { $reference }: gefunden – ID { $id }, { $addresses }, keine Beschreibung, Besitzer { $owner }
lookup-not-found = { $reference }: nicht gefunden (Plesk-Fehler 1013)
lookup-failed = { $reference }: { $error }

## Exporte (der Inhalt der Dateien bleibt für Skripte englisch).

export-done = { $count ->
    [one] { $count } Schlüssel nach { $file } exportiert.
   *[other] { $count } Schlüssel nach { $file } exportiert.
}
export-failed = Export fehlgeschlagen: { $reason }.
export-cannot-build = die Datei kann nicht erstellt werden
export-cannot-offer = die Datei kann nicht angeboten werden
