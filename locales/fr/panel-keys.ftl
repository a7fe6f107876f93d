### La liste des clés du panneau : sa barre d'outils, le tableau Clés secrètes (filtres, décomptes, sélection, pages,
### lignes, termes de l'état des clés), la proposition après une connexion par mot de passe, Rechercher et les exports.

## La page de la liste des clés.

keys-title = Clés
keys-skip-to-create = Aller à Créer une clé
keys-toolbar-label = Actions sur la liste des clés
keys-refresh = Actualiser
keys-export-csv = Exporter en CSV
keys-export-json = Exporter en JSON
keys-select-first = Sélectionnez d'abord au moins une clé.
keys-export-not-loaded = Impossible de charger l'export (le réseau est-il coupé ?). Rien n'a été enregistré ; réessayez.
keys-empty = Aucune clé secrète pour l'instant. Créez-en une avec le formulaire Créer la clé.
# Le bouton qui supprime les clés cochées ; avec leur nombre dès que quelque chose est coché.
keys-delete-selected = { $count ->
    [0] Supprimer la sélection
    [one] Supprimer la sélection ({ $count })
   *[other] Supprimer la sélection ({ $count })
}

## La ligne au-dessus de la liste ($time : l'heure locale, HH:MM:SS).

keys-loading = Chargement des clés…
keys-refreshing = Actualisation…
keys-refreshed-at = Dernière actualisation à { $time }.

## Après une connexion par mot de passe : une clé pour ce navigateur.

keys-offer-title = Connecté avec un mot de passe
keys-offer-text = Le mot de passe reste uniquement en mémoire. Créer une clé API pour ce navigateur et l'utiliser désormais ?
keys-offer-create = Créer une clé pour ce navigateur
keys-offer-new-key-note = Une clé pour ce navigateur, liée à l'adresse que voit Plesk. Le panneau l'utilise désormais ; il a oublié votre mot de passe.
keys-offer-created = Clé créée pour ce navigateur ; le panneau l'utilise désormais.
keys-offer-failed = Aucune clé n'a été créée : { $error }

## Les filtres, décomptes et la sélection du tableau.

keys-filter-label = Filtrer les clés
keys-filter-placeholder = ID, adresse, description ou propriétaire
keys-owner-filter = Propriétaire
keys-owner-filter-all = Tous les propriétaires
keys-needs-attention = À vérifier ({ $count })
keys-count = { $count ->
    [one] { $count } clé
   *[other] { $count } clés
}
keys-count-shown = Affichées : { $shown } sur { $total }
keys-selection = Sélectionnées : { $selected }
keys-selection-hidden = Sélectionnées : { $selected } (masquées par le filtre : { $hidden })
keys-clear-selection = Effacer la sélection
keys-no-match = Aucune clé ne correspond au filtre.
keys-clear-filter = Effacer le filtre

## Pages (au-dessus et au-dessous du tableau).

keys-pages-above = Pages au-dessus du tableau
keys-pages = Pages
keys-page-previous = Page précédente
keys-page-next = Page suivante
keys-page-of = Page { $page } sur { $pages }

## Le tableau : légende, en-têtes (aussi les libellés des cartes sur les écrans étroits) et lignes.

keys-table-caption = Clés secrètes
keys-select-all = Sélectionner toutes les clés affichées
keys-select-all-hint = Sélectionner toutes les clés qu'affiche le filtre, sur toutes les pages
keys-column-server = Serveur
keys-column-id = ID
keys-column-addresses = Adresses IP
keys-column-description = Description
keys-column-owner = Propriétaire
keys-column-health = État
keys-column-actions = Actions
keys-any-address = N'importe quelle adresse (aucune restriction IP)
keys-this-browser = ce navigateur
# Après la description d'une clé lorsque Plesk a refusé de la supprimer ($reason : la raison donnée par Plesk).
keys-not-deleted = Non supprimée : { $reason }
# Ce qui désigne une clé pour les personnes (dans les noms des boutons et dans les phrases).
keys-name = la clé { $id }
keys-name-on-server = la clé { $id } sur { $server }
keys-select-named = Sélectionner { $name }
keys-rotate = Renouveler
keys-edit = Modifier
keys-delete = Supprimer
keys-rotate-named = Renouveler { $name }
keys-edit-named = Modifier { $name }
keys-delete-named = Supprimer { $name }

## L'état des clés dans le tableau (les raisons et les conseils sont dans health.ftl).

keys-health-danger = Danger
keys-health-warning = Avertissement
keys-health-note = Remarque
# Lu après le niveau par les lecteurs d'écran : « Danger pour la clé 5 ».
keys-health-for = pour { $name }
keys-health-rotate-it = La renouveler
keys-health-delete-it = La supprimer
keys-health-rotate-named = Renouveler { $name } comme conseillé
keys-health-delete-named = Supprimer { $name } comme conseillé

## Suppression.

keys-deleted = { $count ->
    [one] { $count } clé supprimée.
   *[other] { $count } clés supprimées.
}
# $failures : un ou plusieurs keys-failure, joints par keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] { $count } clé supprimée ; non supprimées : { $failures }
   *[other] { $count } clés supprimées ; non supprimées : { $failures }
}
keys-failure = clé { $id } : { $reason }
keys-failure-separator = { " ; " }

## La ligne d'état (annoncée aux lecteurs d'écran).

keys-status-label = Statut

## Rechercher.

lookup-title = Rechercher des clés
lookup-keys-label = Clés à rechercher
lookup-keys-hint = Valeurs de clé ou ID, une par ligne ou séparées par des virgules.
lookup-submit = Rechercher
lookup-results-label = Résultats de la recherche
lookup-done = Recherche terminée — trouvées : { $found } sur { $total }.
# Une ligne par clé recherchée ($reference : la clé telle que saisie, abrégée).
lookup-found = { $reference } : trouvée — ID { $id }, { $addresses }, « { $description } », propriétaire { $owner }
lookup-found-no-description = { $reference } : trouvée — ID { $id }, { $addresses }, aucune description, propriétaire { $owner }
lookup-not-found = { $reference } : introuvable (erreur Plesk 1013)
lookup-failed = { $reference } : { $error }

## Exports (le contenu des fichiers reste en anglais pour les scripts).

export-done = { $count ->
    [one] { $count } clé exportée dans { $file }.
   *[other] { $count } clés exportées dans { $file }.
}
export-failed = L'export a échoué : { $reason }.
export-cannot-build = impossible de générer le fichier
export-cannot-offer = impossible de proposer le fichier
