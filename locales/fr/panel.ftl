### Le panneau : son cadre (en-tête, langue, session), les mots communs.

## L'en-tête.

app-title = Plesk Key Panel
app-signed-in-as = Connecté en tant que
app-connected-to = Connecté à
app-sign-out = Se déconnecter
app-log-out = Se déconnecter
app-sign-in = Se connecter
app-signing-in = Connexion…
app-logged-out = Déconnecté : la clé a été effacée de cet onglet.
app-logged-out-idle = Déconnecté après une période d'inactivité : la clé a été effacée de cet onglet.

## Le menu des langues.

language-label = Langue
language-not-shipped = Ce panneau a été compilé sans le fichier de cette langue.
language-not-fetched = Le fichier de la langue n'a pas pu être récupéré : { $detail }
language-mismatch = Le fichier de la langue ne correspond pas à ce panneau (version plus récente ou plus ancienne) : rechargez la page.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
