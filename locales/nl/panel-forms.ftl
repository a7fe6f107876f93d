### De formulieren en dialoogvensters van het paneel: Aanmaken, de instellingen van een sleutel, de nieuwe sleutel, Verwijderen, Roteren en Bewerken,
### de pakketinspector, delen die bij het eerste gebruik worden geladen, en wat er misgaat tussen het paneel en Plesk.

## Een sleutel aanmaken.

create-title = Sleutel aanmaken
create-bind-label = Binden aan het adres dat Plesk ziet
create-bind-hint = Zonder adressen bindt Plesk de sleutel aan het adres waar het verzoek vandaan komt: via een gateway is dat het adres van de gateway.
create-submit = Sleutel aanmaken
create-no-address = Geef ten minste één IP-adres op, of vink “Binden aan het adres dat Plesk ziet” aan.
# Eenmalig getoond wanneer op Sleutel aanmaken wordt geklikt zonder beschrijving.
create-empty-description = Voeg een beschrijving toe, zodat u deze sleutel later kunt herkennen — of klik nogmaals op “Sleutel aanmaken” om hem zonder beschrijving aan te maken.
create-created = Sleutel aangemaakt. Kopieer hem nu: hij wordt maar één keer getoond.
# Onder de nieuwe sleutel: de adressen waaraan hij is gebonden ($addresses: IP-adressen).
create-bound-to = Gebonden aan { $addresses }.
create-bound-to-sender = Gebonden aan het adres dat Plesk ziet.

## De instellingen van een sleutel (Aanmaken, Bewerken, Aanmaken op servers).

settings-addresses-label = IP-adressen
settings-no-address = Geef ten minste één IP-adres op.
settings-description-label = Beschrijving
settings-owner-label = Gebruikersnaam eigenaar
settings-choose-owner = Eigenaar kiezen
settings-owner-hint = Optioneel: de gebruikersnaam van een reseller of klant. Leeg: de sleutel is van u.

## Het veld met IP-adressen, gecontroleerd tijdens het typen; een geheim veld.

field-no-address = Geen adres: vink “Binden aan het adres dat Plesk ziet” aan om toch een sleutel aan te maken.
field-valid-addresses = { $count ->
    [one] { $count } geldig adres.
   *[other] { $count } geldige adressen.
}
field-typing = Typ verder: het laatste adres is nog niet volledig.
field-show-key = Sleutel tonen

## De nieuwe sleutel, eenmalig getoond.

new-key-title = Nieuwe sleutel
new-key-warning = Kopieer hem nu: Plesk bewaart alleen een hash en kan deze sleutel niet opnieuw tonen. Hij verdwijnt van deze pagina zodra u hem sluit.
new-key-copy = Kopiëren
new-key-dismiss = Sluiten
new-key-copied = De nieuwe sleutel is naar het klembord gekopieerd.
# $reason: waarom, bijv. new-key-clipboard-refused.
new-key-copy-failed = Kopiëren mislukt ({ $reason }): selecteer de sleutel en kopieer hem handmatig.
new-key-clipboard-refused = de browser heeft toegang tot het klembord geweigerd

## Dialoogvensters.

dialog-delete = Verwijderen
dialog-cancel = Annuleren

## Verwijderen.

delete-title = Sleutel { $id } verwijderen?
delete-title-keys = { $count } sleutels verwijderen?
delete-warning = { $count ->
    [one] Deze sleutel werkt direct niet meer. Dit kan niet ongedaan worden gemaakt:
   *[other] Deze sleutels werken direct niet meer. Dit kan niet ongedaan worden gemaakt:
}
# Eén sleutel in de lijst van te verwijderen sleutels: de ID, beschrijving en gebruikersnaam van de eigenaar.
delete-key-label = sleutel { $id } ({ $description }; { $owner })
delete-no-description = geen beschrijving
delete-no-owner = geen eigenaar
delete-own-warning = Een ervan is de sleutel die dit paneel gebruikt: na het verwijderen wordt u afgemeld.
# $summary: wat wel en wat niet is verwijderd.
delete-own-deleted = { $summary } De eigen sleutel van het paneel is verwijderd: u bent afgemeld.

## Roteren en Bewerken.

rotate-title = Sleutel { $id } roteren
rotate-edit-title = Sleutel { $id } bewerken
rotate-explanation = Er wordt een nieuwe sleutel aangemaakt met dezelfde adressen ({ $addresses }), beschrijving en eigenaar. De oude sleutel { $id } wordt pas verwijderd als dat is gelukt en u dit bevestigt.
rotate-edit-hint = Plesk kent geen bewerking om sleutels bij te werken: bij opslaan wordt een nieuwe sleutel met deze instellingen aangemaakt; de oude sleutel wordt pas verwijderd als dat is gelukt en u dit bevestigt.
rotate-any-address-warning = Deze sleutel werkt vanaf elk adres. De XML API van Plesk kan zo'n sleutel niet aanmaken: de nieuwe sleutel wordt gebonden aan de opgegeven adressen, of zonder adressen aan het adres dat Plesk ziet (de gateway van dit paneel).
rotate-create = Nieuwe sleutel aanmaken
rotate-save = Opslaan als nieuwe sleutel
rotate-replaces = Vervangt sleutel { $id }.
rotate-created = Nieuwe sleutel aangemaakt. Kopieer hem en beslis daarna of u sleutel { $id } wilt verwijderen.
rotate-create-failed = Er is geen nieuwe sleutel aangemaakt; sleutel { $id } is behouden: { $reason }
rotate-delete-old-question = De nieuwe sleutel werkt nu. De oude sleutel { $id } verwijderen?
rotate-own-warning = De oude sleutel is de sleutel die dit paneel gebruikt: na het verwijderen wordt u afgemeld.
rotate-delete-old = Oude sleutel { $id } verwijderen
rotate-keep-old = Oude sleutel behouden
rotate-kept = Sleutel { $id } is behouden; beide sleutels werken nu.
rotate-deleted = Sleutel { $id } verwijderd; de nieuwe sleutel vervangt hem.
rotate-own-deleted = Sleutel { $id } verwijderd. Het was de eigen sleutel van het paneel: maak verbinding met de nieuwe sleutel.
rotate-not-deleted = Sleutel { $id } is niet verwijderd: { $reason }
rotate-no-result = Sleutel { $id }: Plesk heeft geen resultaat gestuurd.

## De pakketinspector.

inspector-title = Pakketinspector
inspector-hint = De laatste verzoeken en antwoorden, zonder sleutelwaarden en wachtwoorden.
inspector-copy-curl = Kopiëren als curl
inspector-exchange = Uitwisseling { $number }
inspector-request = Verzoek { $number }
inspector-response = Antwoord { $number }
inspector-no-request = Nog geen verzoek.
# $variable: de shellvariabele die voor de sleutel staat ($PLESK_KEY).
inspector-copied = Het laatste verzoek is gekopieerd als curl-opdracht (de sleutel is { $variable }).
inspector-copy-failed = Kopiëren mislukt: de browser heeft toegang tot het klembord geweigerd.
inspector-too-long = (niet getoond: { $size } bytes, meer dan de { $limit } die de inspector toont; gebruik de opdrachtregelclient voor lange lijsten)
inspector-not-utf8 = (niet getoond: het pakket is geen UTF-8-tekst)
# $reason: waarom het pakket geen XML is dat de inspector kan tonen (api-xml-…).
inspector-not-shown = (niet getoond: { $reason })

## Delen van het paneel die bij het eerste gebruik worden opgehaald.

part-loading = Laden…
part-loading-dialog = Dit deel van het paneel wordt geladen…
part-not-loaded = Dit deel van het paneel kon niet worden geladen (is het netwerk onbereikbaar?).
part-failed-title = Kan dit niet openen
part-retry = Opnieuw proberen

## Tussen het paneel en Plesk.

api-network = Het paneel kon het agent-endpoint niet bereiken ({ $detail }). Controleer de netwerkverbinding en of de gateway actief is.
api-timeout = Geen antwoord binnen { $seconds } seconden. De gateway of Plesk is mogelijk overbelast; probeer het opnieuw.
api-too-large = De gateway heeft het verzoek geweigerd omdat het te groot is (HTTP 413).
api-bad-gateway = De gateway kon de Plesk-server niet bereiken (HTTP 502). Plesk is mogelijk niet beschikbaar, of de gateway verwijst naar het verkeerde adres.
api-gateway-timeout = De Plesk-server heeft de gateway niet op tijd geantwoord (HTTP 504). Probeer het opnieuw; als het probleem aanhoudt, controleer dan de Plesk-server.
api-http = Het agent-endpoint antwoordde met HTTP { $status } in plaats van met een Plesk-pakket.
api-refused = De gateway heeft het verzoek geweigerd (HTTP { $status }).
# De weigeringen van de gateway, volgens de code die hij stuurt (`x-plesk-keys-refusal`), in dezelfde woorden
# als waarin `plesk-keys serve` ze in het Engels schrijft.
api-refusal-not-signed-in = Meld u eerst aan via het portaal: dit paneel werkt alleen voor aangemelde personen.
api-refusal-session-ended = Uw sessie is beëindigd (verlopen, door afmelden beëindigd of nooit begonnen): meld u opnieuw aan; wat u hebt getypt, blijft in het formulier staan.
api-refusal-identity-refused = De aanmeldheaders zijn geweigerd (twee keer verzonden, geen platte tekst, met onderstrepingstekens gespeld of afkomstig van een adres dat niet de proxy van het portaal is).
api-refusal-cross-site = Alleen de eigen pagina van het paneel mag hier verzoeken naartoe sturen (dezelfde herkomst).
api-refusal-server-out-of-scope = U hebt geen toegang tot deze server.
api-refusal-foreign-origin = Deze herkomst mag het agent-pad niet gebruiken.
api-unreadable = Het antwoord kon niet worden gelezen: { $reason }
api-unexpected-shape = Plesk gaf een onverwacht aantal resultaten ({ $received } in plaats van { $expected }); er is niets aangenomen.
# Een fout die Plesk meldde: wat die betekent (plesk-error-…), de code en de eigen tekst van Plesk.
api-plesk-error = { $explanation } (Plesk-fout { $code }: { $text })
# 11003 wanneer de tekst van Plesk zegt dat de sleutel niet is gevonden (Plesk 18.0.33 en later).
api-plesk-unknown-key = Plesk kent deze geheime sleutel niet: mogelijk is hij verwijderd of verkeerd getypt.
# 1006 wanneer de tekst van Plesk zegt dat de API-toegangsbeperking het adres heeft geweigerd.
api-plesk-api-restricted = De API-toegangsbeperking van Plesk weigert het adres dat Plesk ziet (via een gateway het adres van de gateway): vraag uw beheerder om dit adres toe te staan.

## Een antwoord dat geen Plesk-pakket is dat dit paneel kan lezen ($element, $field, $root, $parent: namen van XML-elementen; $snippet: het begin van het antwoord).

api-answer-too-large = Het antwoord is { $size } bytes, meer dan de { $limit } bytes die dit programma leest.
api-answer-not-utf8 = Het antwoord is geen geldige UTF-8-tekst.
api-answer-not-a-packet = Het antwoord is XML maar geen Plesk-pakket (het hoofdelement is <{ $root }>): { $snippet }
api-answer-no-content = Het antwoord bevat geen resultaten en geen fout.
api-answer-no-status = Een <{ $element }>-resultaat heeft geen status.
api-answer-unknown-status = Een <{ $element }>-resultaat heeft de onbekende status '{ $status }'.
api-answer-bad-errcode = Een <{ $element }>-resultaat heeft de foutcode '{ $errcode }', die geen getal van 0 tot en met 4294967295 is.
api-answer-no-new-key = Een geslaagd create-resultaat bevat geen sleutel.
api-answer-malformed-new-key = Het create-antwoord van Plesk bevat een nieuwe sleutel van { $length } tekens die niet de vorm van een sleutel heeft (alleen letters, cijfers, '-' en '_'); deze wordt achtergehouden. Mogelijk is er een sleutel aangemaakt: controleer de sleutellijst en verwijder sleutels die u niet herkent.
api-answer-incomplete-key-info = Een key_info-item heeft geen <{ $field }>.
api-answer-unexpected = Het antwoord bevat een onverwacht <{ $element }> binnen <{ $parent }>.
api-xml-empty = Het antwoord is leeg.
api-xml-html = Het antwoord is een HTML-pagina, geen XML-pakket van Plesk (vaak een foutpagina van een proxy): { $snippet }
api-xml-not-xml = Het antwoord is geen XML: { $snippet }
api-xml-truncated = De XML is afgebroken vóór het einde (afgekapt): { $snippet }
api-xml-doctype = De XML bevat een DOCTYPE- of entiteitsdeclaratie, die Plesk nooit stuurt; de XML is niet verwerkt.
api-xml-unknown-entity = De XML gebruikt de niet-gedeclareerde entiteit '&{ $name };'.
api-xml-too-deep = De XML nest elementen meer dan { $limit } niveaus diep.
api-xml-malformed = De XML is ongeldig op regel { $line }: { $detail }
