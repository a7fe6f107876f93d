### plesk-keys, les commandes client : ce que lit une personne devant son terminal (le JSON de --json
### et les valeurs de clé, les ID et les adresses qu'il contient ne sont jamais traduits).

## D'où viennent les identifiants de connexion.

cli-no-credential = aucun identifiant de connexion : définissez PLESK_KEY, utilisez --key-file FILE ou définissez PLESK_LOGIN et PLESK_PASSWORD
cli-key-file-unreadable = impossible de lire le fichier de clé { $path } : { $detail }
cli-key-file-empty = le fichier de clé { $path } est vide
cli-half-login = PLESK_LOGIN est défini mais pas PLESK_PASSWORD (ou l'inverse)
cli-not-a-header = les identifiants de connexion contiennent des caractères qu'un en-tête HTTP ne peut pas transporter
cli-not-visible-ascii = la clé ou le nom d'utilisateur contient un espace, un caractère de contrôle ou un caractère non ASCII (collé par erreur ?) ; Plesk et la passerelle n'acceptent que des caractères ASCII visibles

## Quel serveur.

cli-no-endpoint = aucun point de terminaison : indiquez --endpoint URL ou définissez PLESK_ENDPOINT (ou --servers FILE avec --server NAME)
cli-server-without-file = --server nécessite --servers FILE (ou PLESK_SERVERS)
cli-servers-file = --servers : { $detail }
cli-ambiguous-server = { $file } contient { $count } serveurs : choisissez-en un avec --server NAME (ou --server all pour list, info et create)
cli-unknown-server = il n'y a pas de serveur { $name } dans { $file } (serveurs présents : { $known })
cli-no-server-key = aucune clé pour le serveur { $name } : enregistrez-la dans { $name }.key dans --key-dir DIR ou définissez { $variable }
cli-key-file-readable = le fichier de clé { $path } est peut-être lisible par le groupe ou par les autres : appliquez-lui chmod 600 (il contient une clé secrète)
cli-key-file-with-servers = --key-file ne contient qu'une seule clé : avec --servers, donnez à chaque serveur sa propre clé (--key-dir DIR ou PLESK_KEY_<NAME>)
cli-one-server-only = delete et rotate n'agissent que sur un seul serveur : choisissez-le avec --server NAME (--server all : list, info, create)
cli-unknown-language = la langue { $tag } n'existe pas : choisissez parmi { $known }
cli-no-server = aucun serveur à contacter

## Clés indiquées sur la ligne de commande.

cli-stdin-unreadable = impossible de lire les clés sur l'entrée standard : { $detail }
cli-no-keys-asked = aucune clé n'a été indiquée
cli-key-in-argument = avertissement : une valeur de clé passée en argument est visible par les autres utilisateurs de cette machine ; transmettez les valeurs sur l'entrée standard avec `-`.

## --dry-run : ce qui serait envoyé.

cli-dry-run-target = POST { $url } (rien n'a été envoyé : --dry-run)
cli-dry-run-server-target = POST { $url } (serveur { $server } ; rien n'a été envoyé : --dry-run)
cli-dry-run-rotate = (ensuite : créer une nouvelle clé avec les mêmes paramètres, et ne supprimer l'ancienne clé que si la création a réussi)

## Ce qu'affichent les commandes.

cli-key-id = clé { $id }
cli-key-value = valeur de clé { $start }…
cli-no-keys = Aucune clé.
cli-new-key = Nouvelle clé (affichée une seule fois ; Plesk ne pourra plus l'afficher) : { $key }
cli-deleted = clé supprimée : { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } clé non affichée
       *[other] { $count } clés non affichées
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } clé non supprimée
       *[other] { $count } clés non supprimées
    }
cli-rotate-not-found = la clé à renouveler est introuvable
cli-rotate-old-kept = { $reason } ; l'ancienne clé { $id } a été conservée
cli-rotate-old-deleted = l'ancienne clé { $id } a été supprimée
cli-rotate-old-not-deleted = la nouvelle clé a été créée, mais l'ancienne clé { $id } n'a pas pu être supprimée : supprimez-la manuellement

## Plusieurs serveurs à la fois (--server all).

cli-request-task-failed = une tâche de requête a échoué : { $detail }
cli-server-failed = serveur { $server } : { $reason }
cli-servers-failed =
    { $failed ->
        [one] { $failed } serveur sur { $count } en échec ({ $names }) ; { $consequence }
       *[other] { $failed } serveurs sur { $count } en échec ({ $names }) ; { $consequence }
    }
cli-others-keys-shown = les clés des autres sont affichées
cli-others-answers-shown = les réponses des autres sont affichées
cli-no-key-made-there = aucune clé n'y a été créée
cli-found-on-no-server = { $key } : introuvable sur tous les serveurs
cli-found-on = { $key } : trouvée sur { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } clé introuvable sur tous les serveurs
       *[other] { $count } clés introuvables sur tous les serveurs
    }
cli-new-keys = Nouvelles clés (affichées une seule fois ; Plesk ne peut plus les afficher) :

## Le chemin vers le serveur.

cli-not-a-url = '{ $url }' n'est pas une URL ; indiquez une URL de base Plesk comme https://plesk.example.com:8443
cli-not-https = '{ $url }' doit commencer par https:// (ou http:// pour des tests en boucle locale)
cli-not-a-base = '{ $url }' doit être une URL de base sans requête ni fragment
cli-user-in-url = une URL avec un nom d'utilisateur ou un mot de passe avant l'hôte (user:password@host) est refusée : elle apparaîtrait dans les libellés et les journaux, et Plesk ne lit les identifiants que dans les en-têtes ; indiquez plutôt la clé dans un fichier de clé ou dans le panneau
cli-timeout = aucune réponse en { $seconds } s
cli-unreachable = impossible de joindre { $url } : { $detail }
cli-redirect = le serveur a répondu par une redirection (HTTP { $status }), qui n'est jamais suivie
cli-answer-too-large = la réponse dépasse { $bytes } octets
cli-answer-unreadable = la réponse n'a pas pu être lue : { $detail }
cli-answer-not-utf8 = la réponse n'est pas en UTF-8
cli-http-status = HTTP { $status } de { $url } : { $body }

## report.

cli-no-findings = aucun
cli-report-finding = clé { $id } : { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } clé avec un constat de niveau { $level } ou plus grave
       *[other] { $count } clés avec un constat de niveau { $level } ou plus grave
    }
cli-customers = clients
cli-resellers = revendeurs
cli-owners-unknown = le statut des propriétaires est inconnu (requête sur les { $what } : { $reason })

## Tableaux et avertissements.

cli-column-server = Serveur
cli-column-id = ID
cli-column-addresses = Adresses IP
cli-column-description = Description
cli-column-owner = Propriétaire
cli-column-owner-status = Statut du propriétaire
cli-column-findings = Constats
cli-list-separator = { ", " }
cli-any-address = n'importe quelle adresse (aucune restriction IP)
cli-plain-http = avertissement : { $url } est en http:// non chiffré vers une autre machine : la clé ou le mot de passe traverse le réseau en clair ; utilisez https://

## Les erreurs de Plesk : le texte de Plesk reste tel que Plesk l'a envoyé, entre guillemets.

cli-plesk-error = Erreur Plesk { $code } : { $text }
cli-plesk-error-explained = Erreur Plesk { $code } : { $text } ({ $explanation })
