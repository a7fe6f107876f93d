### De sleutellijst van het paneel: de werkbalk, de tabel Geheime sleutels (filters, tellingen, selectie, pagina's,
### rijen, de woorden van de sleutelgezondheid), het aanbod na aanmelden met een wachtwoord, Opzoeken en exports.

## De pagina van de sleutellijst.

keys-title = Sleutels
keys-skip-to-create = Direct naar Sleutel aanmaken
keys-toolbar-label = Acties voor de sleutellijst
keys-refresh = Vernieuwen
keys-export-csv = Exporteren als CSV
keys-export-json = Exporteren als JSON
keys-select-first = Selecteer eerst ten minste één sleutel.
keys-export-not-loaded = De export kon niet worden geladen (is het netwerk onbereikbaar?). Er is niets opgeslagen; probeer het opnieuw.
keys-empty = Nog geen geheime sleutels. Maak er een aan met het formulier Sleutel aanmaken.
# De knop die de aangevinkte sleutels verwijdert; met het aantal zodra er iets is aangevinkt.
keys-delete-selected = { $count ->
    [0] Selectie verwijderen
    [one] Selectie verwijderen ({ $count })
   *[other] Selectie verwijderen ({ $count })
}

## De regel boven de lijst ($time: de lokale tijd, HH:MM:SS).

keys-loading = Sleutels laden…
keys-refreshing = Bezig met vernieuwen…
keys-refreshed-at = Laatst vernieuwd om { $time }.

## Na aanmelden met een wachtwoord: een sleutel voor deze browser.

keys-offer-title = Aangemeld met een wachtwoord
keys-offer-text = Het wachtwoord blijft alleen in het geheugen. Een API-sleutel voor deze browser aanmaken en die voortaan gebruiken?
keys-offer-create = Een sleutel voor deze browser aanmaken
keys-offer-new-key-note = Een sleutel voor deze browser, gebonden aan het adres dat Plesk ziet. Het paneel gebruikt hem nu; uw wachtwoord is vergeten.
keys-offer-created = Sleutel voor deze browser aangemaakt; het paneel gebruikt hem nu.
keys-offer-failed = Er is geen sleutel aangemaakt: { $error }

## De filters, tellingen en selectie van de tabel.

keys-filter-label = Sleutels filteren
keys-filter-placeholder = ID, adres, beschrijving of eigenaar
keys-owner-filter = Eigenaar
keys-owner-filter-all = Alle eigenaren
keys-needs-attention = Aandacht nodig ({ $count })
keys-count = { $count ->
    [one] { $count } sleutel
   *[other] { $count } sleutels
}
keys-count-shown = { $shown } van { $total } getoond
keys-selection = { $selected } geselecteerd
keys-selection-hidden = { $selected } geselecteerd, { $hidden } verborgen door het filter
keys-clear-selection = Selectie wissen
keys-no-match = Geen sleutels komen overeen met het filter.
keys-clear-filter = Filter wissen

## Pagina's (boven en onder de tabel).

keys-pages-above = Pagina's boven de tabel
keys-pages = Pagina's
keys-page-previous = Vorige pagina
keys-page-next = Volgende pagina
keys-page-of = Pagina { $page } van { $pages }

## De tabel: bijschrift, kolomkoppen (op smalle schermen ook de labels van de kaarten) en rijen.

keys-table-caption = Geheime sleutels
keys-select-all = Alle getoonde selecteren
keys-select-all-hint = Alle sleutels selecteren die het filter toont, op alle pagina's
keys-column-server = Server
keys-column-id = ID
keys-column-addresses = IP-adressen
keys-column-description = Beschrijving
keys-column-owner = Eigenaar
keys-column-health = Gezondheid
keys-column-actions = Acties
keys-any-address = Elk adres (geen IP-beperking)
keys-this-browser = deze browser
# Na de beschrijving van een sleutel als Plesk weigerde die te verwijderen ($reason: de reden van Plesk).
keys-not-deleted = Niet verwijderd: { $reason }
# Hoe een sleutel voor mensen wordt benoemd (in namen van knoppen en in zinnen).
keys-name = sleutel { $id }
keys-name-on-server = sleutel { $id } op { $server }
keys-select-named = { $name } selecteren
keys-rotate = Roteren
keys-edit = Bewerken
keys-delete = Verwijderen
keys-rotate-named = { $name } roteren
keys-edit-named = { $name } bewerken
keys-delete-named = { $name } verwijderen

## Sleutelgezondheid in de tabel (de redenen en adviezen staan in health.ftl).

keys-health-danger = Gevaar
keys-health-warning = Waarschuwing
keys-health-note = Opmerking
# Door schermlezers na het niveau voorgelezen: "Gevaar voor sleutel 5".
keys-health-for = voor { $name }
keys-health-rotate-it = Roteren
keys-health-delete-it = Verwijderen
keys-health-rotate-named = { $name } roteren zoals geadviseerd
keys-health-delete-named = { $name } verwijderen zoals geadviseerd

## Verwijderen.

keys-deleted = { $count ->
    [one] { $count } sleutel verwijderd.
   *[other] { $count } sleutels verwijderd.
}
# $failures: een of meer keys-failure, samengevoegd met keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] { $count } sleutel verwijderd; niet verwijderd: { $failures }
   *[other] { $count } sleutels verwijderd; niet verwijderd: { $failures }
}
keys-failure = sleutel { $id }: { $reason }
keys-failure-separator = { "; " }

## De statusregel (voorgelezen door schermlezers).

keys-status-label = Status

## Opzoeken.

lookup-title = Sleutels opzoeken
lookup-keys-label = Op te zoeken sleutels
lookup-keys-hint = Sleutelwaarden of ID's, één per regel of gescheiden door komma's.
lookup-submit = Opzoeken
lookup-results-label = Zoekresultaten
lookup-done = Opzoeken: { $found } van { $total } gevonden.
# Eén regel per opgezochte sleutel ($reference: de sleutel zoals getypt, ingekort).
lookup-found = { $reference }: gevonden — ID { $id }, { $addresses }, “{ $description }”, eigenaar { $owner }
lookup-found-no-description = { $reference }: gevonden — ID { $id }, { $addresses }, geen beschrijving, eigenaar { $owner }
lookup-not-found = { $reference }: niet gevonden (Plesk-fout 1013)
lookup-failed = { $reference }: { $error }

## Exports (de inhoud van de bestanden blijft Engels voor scripts).

export-done = { $count ->
    [one] { $count } sleutel geëxporteerd naar { $file }.
   *[other] { $count } sleutels geëxporteerd naar { $file }.
}
export-failed = Exporteren mislukt: { $reason }.
export-cannot-build = kan het bestand niet samenstellen
export-cannot-offer = kan het bestand niet aanbieden
