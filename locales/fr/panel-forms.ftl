### Les formulaires et boîtes de dialogue du panneau : Créer, les paramètres d'une clé, la nouvelle clé, Supprimer, Renouveler et Modifier,
### l'inspecteur de paquets, les parties chargées à la première utilisation, et ce qui peut échouer entre le panneau et Plesk.

## Créer une clé.

create-title = Créer une clé
create-bind-label = Lier à l'adresse que voit Plesk
create-bind-hint = Sans adresse, Plesk lie la clé à l'adresse d'où provient la requête : derrière une passerelle, c'est l'adresse de la passerelle.
create-submit = Créer la clé
create-no-address = Indiquez au moins une adresse IP, ou cochez « Lier à l'adresse que voit Plesk ».
# Affiché une fois quand on appuie sur Créer sans description.
create-empty-description = Ajoutez une description pour pouvoir reconnaître cette clé plus tard — ou appuyez de nouveau sur Créer la clé pour la créer sans description.
create-created = Clé créée. Copiez-la maintenant : elle n'est affichée qu'une seule fois.
# Sous la nouvelle clé : les adresses auxquelles elle est liée ($addresses : adresses IP).
create-bound-to = Liée à { $addresses }.
create-bound-to-sender = Liée à l'adresse que voit Plesk.

## Les paramètres d'une clé (Créer, Modifier, Créer sur les serveurs).

settings-addresses-label = Adresses IP
settings-no-address = Indiquez au moins une adresse IP.
settings-description-label = Description
settings-owner-label = Nom d'utilisateur du propriétaire
settings-choose-owner = Choisir un propriétaire
settings-owner-hint = Facultatif : le nom d'utilisateur d'un revendeur ou d'un client. Vide : la clé vous appartient.

## Le champ des adresses IP, vérifié pendant la saisie ; un champ secret.

field-no-address = Aucune adresse : cochez « Lier à l'adresse que voit Plesk » pour créer une clé malgré tout.
field-valid-addresses = { $count ->
    [one] { $count } adresse valide.
   *[other] { $count } adresses valides.
}
field-typing = Continuez la saisie : la dernière adresse n'est pas encore complète.
field-show-key = Afficher la clé

## La nouvelle clé, affichée une seule fois.

new-key-title = Nouvelle clé
new-key-warning = Copiez-la maintenant : Plesk n'en conserve qu'une empreinte et ne peut plus afficher cette clé. Elle disparaît de cette page lorsque vous fermez ce message.
new-key-copy = Copier
new-key-dismiss = Fermer
new-key-copied = La nouvelle clé a été copiée dans le presse-papiers.
# $reason : pourquoi, p. ex. new-key-clipboard-refused.
new-key-copy-failed = La copie a échoué ({ $reason }) : sélectionnez la clé et copiez-la manuellement.
new-key-clipboard-refused = le navigateur a refusé l'accès au presse-papiers

## Boîtes de dialogue.

dialog-delete = Supprimer
dialog-cancel = Annuler

## Supprimer.

delete-title = Supprimer la clé { $id } ?
delete-title-keys = Supprimer { $count } clés ?
delete-warning = { $count ->
    [one] Cette clé cessera immédiatement de fonctionner. Cette action est irréversible :
   *[other] Ces clés cesseront immédiatement de fonctionner. Cette action est irréversible :
}
# Une clé dans la liste des clés à supprimer : son ID, sa description et le nom d'utilisateur de son propriétaire.
delete-key-label = clé { $id } ({ $description } ; { $owner })
delete-no-description = aucune description
delete-no-owner = aucun propriétaire
delete-own-warning = L'une d'elles est la clé qu'utilise ce panneau : vous serez déconnecté après sa suppression.
# $summary : ce qui a été supprimé et ce qui ne l'a pas été.
delete-own-deleted = { $summary } La clé utilisée par le panneau a été supprimée : vous êtes déconnecté.

## Renouveler et Modifier.

rotate-title = Renouveler la clé { $id }
rotate-edit-title = Modifier la clé { $id }
rotate-explanation = Une nouvelle clé est créée avec les mêmes adresses ({ $addresses }), la même description et le même propriétaire. L'ancienne clé { $id } n'est supprimée qu'une fois cette création réussie et après votre confirmation.
rotate-edit-hint = Plesk ne propose aucune opération de mise à jour des clés : l'enregistrement crée une nouvelle clé avec ces paramètres ; l'ancienne clé n'est supprimée qu'une fois cette création réussie et après votre confirmation.
rotate-any-address-warning = Cette clé fonctionne depuis n'importe quelle adresse. La XML API de Plesk ne permet pas de créer une telle clé : la nouvelle clé est liée aux adresses indiquées ou, à défaut, à l'adresse que voit Plesk (la passerelle de ce panneau).
rotate-create = Créer une nouvelle clé
rotate-save = Enregistrer comme nouvelle clé
rotate-replaces = Remplace la clé { $id }.
rotate-created = Nouvelle clé créée. Copiez-la, puis décidez s'il faut supprimer la clé { $id }.
rotate-create-failed = Aucune nouvelle clé n'a été créée ; la clé { $id } a été conservée : { $reason }
rotate-delete-old-question = La nouvelle clé fonctionne désormais. Supprimer l'ancienne clé { $id } ?
rotate-own-warning = L'ancienne clé est celle qu'utilise ce panneau : vous serez déconnecté après sa suppression.
rotate-delete-old = Supprimer l'ancienne clé { $id }
rotate-keep-old = Conserver l'ancienne clé
rotate-kept = La clé { $id } a été conservée ; les deux clés fonctionnent désormais.
rotate-deleted = Clé { $id } supprimée ; la nouvelle clé la remplace.
rotate-own-deleted = Clé { $id } supprimée. C'était la clé utilisée par le panneau : connectez-vous avec la nouvelle clé.
rotate-not-deleted = La clé { $id } n'a pas été supprimée : { $reason }
rotate-no-result = Clé { $id } : Plesk n'a renvoyé aucun résultat.

## L'inspecteur de paquets.

inspector-title = Inspecteur de paquets
inspector-hint = Les dernières requêtes et réponses, sans les valeurs de clé ni les mots de passe.
inspector-copy-curl = Copier en tant que curl
inspector-exchange = Échange { $number }
inspector-request = Requête { $number }
inspector-response = Réponse { $number }
inspector-no-request = Aucune requête pour l'instant.
# $variable : la variable shell qui représente la clé ($PLESK_KEY).
inspector-copied = La dernière requête a été copiée sous forme de commande curl (la clé est { $variable }).
inspector-copy-failed = La copie a échoué : le navigateur a refusé l'accès au presse-papiers.
inspector-too-long = (non affiché : { $size } octets, plus que les { $limit } qu'affiche l'inspecteur ; utilisez le client en ligne de commande pour les longues listes)
inspector-not-utf8 = (non affiché : le paquet n'est pas du texte UTF-8)
# $reason : pourquoi le paquet n'est pas du XML que l'inspecteur peut afficher (api-xml-…).
inspector-not-shown = (non affiché : { $reason })

## Les parties du panneau récupérées à la première utilisation.

part-loading = Chargement…
part-loading-dialog = Chargement de cette partie du panneau…
part-not-loaded = Impossible de charger cette partie du panneau (le réseau est-il coupé ?).
part-failed-title = Impossible d'ouvrir cet élément
part-retry = Réessayer

## Entre le panneau et Plesk.

api-network = Le panneau n'a pas pu joindre le point de terminaison de l'agent ({ $detail }). Vérifiez la connexion réseau et que la passerelle est en cours d'exécution.
api-timeout = Aucune réponse en { $seconds } secondes. La passerelle ou Plesk est peut-être surchargé ; réessayez.
api-too-large = La passerelle a refusé la requête car elle est trop volumineuse (HTTP 413).
api-bad-gateway = La passerelle n'a pas pu joindre le serveur Plesk (HTTP 502). Plesk est peut-être arrêté, ou la passerelle pointe vers une mauvaise adresse.
api-gateway-timeout = Le serveur Plesk n'a pas répondu à temps à la passerelle (HTTP 504). Réessayez ; si le problème persiste, vérifiez le serveur Plesk.
api-http = Le point de terminaison de l'agent a répondu HTTP { $status } au lieu d'un paquet Plesk.
api-refused = La passerelle a refusé la requête (HTTP { $status }).
# Les refus de la passerelle, selon le code qu'elle envoie (`x-plesk-keys-refusal`), dans les mêmes termes
# que ceux qu'écrit `plesk-keys serve` en anglais.
api-refusal-not-signed-in = Connectez-vous d'abord depuis le portail : ce panneau est réservé aux personnes connectées.
api-refusal-session-ended = Votre session a pris fin (expirée, close par une déconnexion ou jamais ouverte) : reconnectez-vous ; ce que vous avez saisi reste dans le formulaire.
api-refusal-identity-refused = Les en-têtes de connexion ont été refusés (envoyés deux fois, pas en texte brut, écrits avec des tirets bas, ou provenant d'une adresse qui n'est pas le proxy du portail).
api-refusal-cross-site = Seule la page du panneau lui-même peut envoyer des requêtes ici (même origine).
api-refusal-server-out-of-scope = Vous n'avez pas accès à ce serveur.
api-refusal-foreign-origin = Cette origine n'est pas autorisée à utiliser le chemin de l'agent.
api-unreadable = La réponse n'a pas pu être lue : { $reason }
api-unexpected-shape = Plesk a renvoyé un nombre de résultats inattendu : { $received } au lieu de { $expected } ; aucune hypothèse n'a été faite.
# Une erreur signalée par Plesk : ce qu'elle signifie (plesk-error-…), son code et le texte de Plesk lui-même.
api-plesk-error = { $explanation } (erreur Plesk { $code } : { $text })
# 11003 quand le texte de Plesk indique que la clé est introuvable (Plesk 18.0.33 et versions ultérieures).
api-plesk-unknown-key = Plesk ne connaît pas cette clé secrète : elle a peut-être été supprimée, ou mal saisie.
# 1006 quand le texte de Plesk indique que sa restriction d'accès à l'API a refusé l'adresse.
api-plesk-api-restricted = La restriction d'accès à l'API de Plesk refuse l'adresse qu'il voit (derrière une passerelle, l'adresse de la passerelle) : demandez à votre administrateur de l'autoriser.

## Une réponse qui n'est pas un paquet Plesk lisible par ce panneau ($element, $field, $root, $parent : noms d'éléments XML ; $snippet : le début de la réponse).

api-answer-too-large = La réponse fait { $size } octets, plus que les { $limit } octets que lit cet outil.
api-answer-not-utf8 = La réponse n'est pas du texte UTF-8 valide.
api-answer-not-a-packet = La réponse est du XML, mais pas un paquet Plesk (sa racine est <{ $root }>) : { $snippet }
api-answer-no-content = La réponse ne contient ni résultats ni erreur.
api-answer-no-status = Un résultat <{ $element }> n'a pas de statut.
api-answer-unknown-status = Un résultat <{ $element }> a le statut inconnu « { $status } ».
api-answer-bad-errcode = Un résultat <{ $element }> a le code d'erreur « { $errcode } », qui n'est pas un nombre compris entre 0 et 4294967295.
api-answer-no-new-key = Un résultat de création réussi ne contient aucune clé.
api-answer-malformed-new-key = La réponse de Plesk à la création contient une nouvelle clé de { $length } caractères qui n'a pas la forme d'une clé (uniquement des lettres, des chiffres, « - » et « _ ») ; elle n'est pas affichée. Une clé a peut-être été créée : vérifiez la liste des clés et supprimez celles que vous ne reconnaissez pas.
api-answer-incomplete-key-info = Une entrée key_info n'a pas d'élément <{ $field }>.
api-answer-unexpected = La réponse contient un élément <{ $element }> inattendu dans <{ $parent }>.
api-xml-empty = La réponse est vide.
api-xml-html = La réponse est une page HTML, pas un paquet XML de Plesk (souvent une page d'erreur d'un proxy) : { $snippet }
api-xml-not-xml = La réponse n'est pas du XML : { $snippet }
api-xml-truncated = Le XML s'interrompt avant sa fin (tronqué) : { $snippet }
api-xml-doctype = Le XML contient une déclaration DOCTYPE ou d'entité, ce que Plesk n'envoie jamais ; il n'a pas été traité.
api-xml-unknown-entity = Le XML utilise l'entité non déclarée « &{ $name }; ».
api-xml-too-deep = Le XML imbrique des éléments sur plus de { $limit } niveaux.
api-xml-malformed = Le XML est mal formé à la ligne { $line } : { $detail }
