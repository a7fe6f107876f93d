### Le panneau : la connexion (les formulaires de connexion par clé et par mot de passe, la session, la déconnexion après inactivité, le choix du thème), la connexion par un portail et la remise de clés, et un parc de serveurs (le sélecteur Serveur, Tous les serveurs).

## Le formulaire de connexion.

connect-title = Se connecter à Plesk
connect-key-label = Clé API
connect-need-key = Collez d'abord une clé API (une clé secrète Plesk).
connect-keep-legend = Conserver la clé
connect-keep-tab = Dans cet onglet (conservée après un rechargement de cet onglet)
connect-keep-memory = En mémoire uniquement (perdue au rechargement)
connect-button = Se connecter
connect-checking-key = Vérification de la clé…
connect-retry = Réessayer

## Le formulaire de connexion par nom d'utilisateur et mot de passe.

connect-sign-in-summary = Se connecter avec un nom d'utilisateur et un mot de passe
connect-sign-in-hint = Pour un administrateur qui n'a pas encore de clé. Le mot de passe reste uniquement dans la mémoire de cette page ; vous pourrez ensuite créer une clé pour ce navigateur.
connect-login-label = Nom d'utilisateur
connect-password-label = Mot de passe
connect-need-login = Indiquez le nom d'utilisateur et le mot de passe.
connect-sign-in-button = Se connecter
connect-checking = Vérification…

## Ce que Plesk a répondu à propos de l'identifiant ($error : l'erreur, telle que Plesk ou la connexion l'a donnée).

connect-refused = Plesk a refusé cet identifiant de connexion : { $error }
connect-unreachable = Impossible d'interroger Plesk : { $error }

## Le « où et qui » de l'en-tête : l'hôte avec lequel le panneau communique, et le nom d'utilisateur de l'identifiant.

connect-where-and-who = { $host } — { $login }

## La session.

session-storage-unavailable = Ce navigateur ne permet pas au panneau d'utiliser le stockage de session (navigation privée ou stockage bloqué) ; la clé est conservée en mémoire pour cette page uniquement.

## La déconnexion après inactivité.

# $seconds : secondes entières restantes avant la déconnexion.
idle-warning = Aucune activité depuis un moment : vous serez déconnecté dans { $seconds } s. Appuyez sur « Rester connecté » pour continuer.
idle-stay = Rester connecté

## Le choix du thème.

theme-dark = Thème sombre

## Connecté par un portail (qui est connecté, d'après le service).

# $error : pourquoi le service n'a pas pu être interrogé.
portal-session-unreachable = Le panneau n'a pas pu savoir qui est connecté ({ $error }).
portal-no-server = Vous êtes connecté, mais aucun serveur ne vous est accessible. Demandez un accès à votre administrateur.
portal-session-unreadable = La réponse du service indiquant qui est connecté n'a pas pu être lue.
# $status : le code d'état HTTP de la réponse du service.
portal-not-signed-in = Vous n'êtes pas connecté (HTTP { $status }). Ouvrez le panneau depuis votre portail.

## Les clés remises par un portail qui intègre le panneau.

# $name : le nom de serveur indiqué par le portail.
portal-no-such-server = aucun serveur ne s'appelle « { $name } »
# Une clé refusée : $server, le libellé du serveur ; $problem, la raison du refus.
portal-problem-on-server = { $server } : { $problem }
# $problems : chaque clé refusée, séparées par des points-virgules.
portal-keys-not-used = Les clés remises par le portail n'ont pas été utilisées : { $problems }.
portal-connected = Connecté avec la ou les clés remises par le portail (conservées en mémoire uniquement).
# $servers : les libellés des serveurs connectés, séparés par des virgules.
portal-connected-to = Connecté à { $servers } avec la ou les clés remises par le portail (conservées en mémoire uniquement).

## Le sélecteur Serveur.

fleet-server-label = Serveur
fleet-all-servers = Tous les serveurs

## Tous les serveurs : le tableau des clés de chaque serveur.

fleet-actions-label = Actions sur la liste des clés
fleet-refresh = Actualiser
fleet-export-csv = Exporter en CSV
fleet-export-json = Exporter en JSON
fleet-show-server = Afficher le serveur
fleet-every-server = Tous les serveurs
fleet-servers-label = Serveurs
fleet-empty = Aucune clé secrète sur ces serveurs pour l'instant.
fleet-one-server-hint = Renouveler et Modifier agissent sur un seul serveur : choisissez-le sous Serveur.
# La ligne d'un serveur au-dessus du tableau ($server : son libellé).
fleet-status-not-connected = { $server } : non connecté (choisissez-le sous Serveur pour vous connecter)
fleet-status-loading = { $server } : chargement…
fleet-status-keys = { $server } : { $count ->
        [one] { $count } clé
       *[other] { $count } clés
    }
fleet-status-refreshing = { $server } : actualisation… (affichées : { $count })
# $reason : pourquoi les clés du serveur n'ont pas pu être listées.
fleet-status-failed = { $server } : { $reason }
# La ligne de décompte sous le tableau.
fleet-loading-from = Chargement des clés de { $count ->
        [one] { $count } serveur
       *[other] { $count } serveurs
    }…
fleet-count = { $keys ->
        [one] { $keys } clé
       *[other] { $keys } clés
    } de { $loaded ->
        [one] { $loaded } serveur
       *[other] { $loaded } serveurs
    } sur { $servers }
fleet-count-refreshing = { $keys ->
        [one] { $keys } clé
       *[other] { $keys } clés
    } de { $loaded ->
        [one] { $loaded } serveur
       *[other] { $loaded } serveurs
    } sur { $servers } ({ $refreshing } en cours d'actualisation)
# Le nom du bouton Supprimer d'une ligne.
fleet-delete-key-on = Supprimer la clé { $id } sur { $server }

## Tous les serveurs : supprimer des clés.

fleet-delete-one-title = Supprimer la clé { $id } sur { $server } ?
fleet-delete-on-server-title = Supprimer { $count } clés sur { $server } ?
fleet-delete-on-servers-title = Supprimer { $count } clés sur { $servers } serveurs ?
fleet-delete-warning = { $count ->
        [one] Cette clé cesse immédiatement de fonctionner sur son serveur. Cette action est irréversible :
       *[other] Ces clés cessent immédiatement de fonctionner sur leurs serveurs. Cette action est irréversible :
    }
# Une clé dans la liste de confirmation.
fleet-delete-item = clé { $id } sur { $server }
fleet-key-deleted = Clé { $id } supprimée sur { $server }.
# Une clé non supprimée ($reason : pourquoi).
fleet-delete-failure = clé { $id } sur { $server } : { $reason }
# Pourquoi un serveur n'a pas reçu de demande de suppression.
fleet-not-connected = non connecté

## Tous les serveurs : Créer sur les serveurs.

fleet-create-title = Créer sur les serveurs
fleet-create-hint = Une clé sur chaque serveur connecté (par exemple la clé d'un système de supervision) : la valeur est différente sur chaque serveur et n'est affichée qu'une seule fois.
fleet-invalid-addresses = Adresses IP : { $reason }
fleet-need-address = Indiquez au moins une adresse IP pour les clés de chaque serveur.
fleet-connect-first = Connectez d'abord au moins un serveur (choisissez-le sous Serveur).
fleet-keys-created = Clés créées : copiez-les maintenant, chacune n'est affichée qu'une seule fois.
fleet-keys-created-elsewhere = Clés créées sur les serveurs : ouvrez Tous les serveurs pour les copier (chacune n'est affichée qu'une seule fois).
fleet-new-keys-title = Nouvelles clés
# Avant la nouvelle clé d'un serveur.
fleet-new-key-server = { $server } :
fleet-copy = Copier
fleet-copy-key-of = Copier la clé de { $server }
fleet-copied = La clé a été copiée dans le presse-papiers.
fleet-copy-failed = La copie a échoué ({ $reason }) : sélectionnez la clé et copiez-la manuellement.
fleet-not-created = { $server } : aucune clé n'a été créée : { $reason }
fleet-copy-warning = Copiez-les maintenant : Plesk n'en conserve que des empreintes et ne peut plus afficher ces clés.
fleet-copy-all = Tout copier
fleet-copied-all = Les nouvelles clés ont été copiées sous forme de lignes NAME=value.
fleet-copy-all-failed = La copie a échoué ({ $reason }) : sélectionnez les clés et copiez-les manuellement.
fleet-dismiss = Fermer

## Tous les serveurs : Rechercher sur tous les serveurs.

fleet-find-title = Rechercher sur tous les serveurs
fleet-find-label = Valeur de clé ou ID
fleet-give-one-key = Indiquez une valeur de clé ou un ID.
fleet-no-result = Plesk n'a renvoyé aucun résultat
# La phrase indiquant où une clé est valide : ses propositions (ci-dessous) séparées par des points-virgules.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Valide sur aucun serveur
fleet-valid-on-one = Valide sur { $server }
# $servers : chaque serveur sous la forme « fleet-found-as », séparés par des virgules.
fleet-valid-on-several = Valide sur { $count } serveurs, sous une clé distincte sur chacun : { $servers }
fleet-found-as = { $server } en tant que clé { $id }
fleet-not-found-on = introuvable sur { $servers }
# $servers : chaque serveur sous la forme « fleet-failed-on », séparés par des points-virgules.
fleet-could-not-ask = impossible d'interroger { $servers }
fleet-failed-on = { $server } : { $reason }
