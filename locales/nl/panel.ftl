### Het paneel: het kader (kopregel, taal, sessie), gedeelde woorden.

## De kopregel.

app-title = Plesk Key Panel
app-signed-in-as = Aangemeld als
app-connected-to = Verbonden met
app-sign-out = Afmelden
app-log-out = Afmelden
app-sign-in = Aanmelden
app-signing-in = Bezig met aanmelden…
app-logged-out = Afgemeld: de sleutel is uit dit tabblad verwijderd.
app-logged-out-idle = Afgemeld na een periode zonder activiteit: de sleutel is uit dit tabblad verwijderd.

## Het taalmenu.

language-label = Taal
language-not-shipped = Dit paneel is gebouwd zonder het bestand van die taal.
language-not-fetched = Het taalbestand kon niet worden opgehaald: { $detail }
language-mismatch = Het taalbestand past niet bij dit paneel (een nieuwere of oudere versie): laad de pagina opnieuw.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
