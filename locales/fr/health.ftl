### État des clés : ce qui ne va pas avec une clé, ou ce qui mérite un coup d'œil, et que faire (la colonne
### État du panneau comme `plesk-keys report`).

## Niveaux.

health-level-danger = danger
health-level-warning = avertissement
health-level-note = remarque

## Propriétaires.

health-owner-administrator = administrateur
health-status-active = actif
health-status-missing = introuvable
health-status-unknown = inconnu
health-status-number = statut { $status }
health-flag-4 = sauvegarde ou restauration en cours
health-flag-16 = désactivé par l'administrateur
health-flag-32 = désactivé par son revendeur
health-flag-64 = désactivé par le client
health-flag-256 = expiré

## Raisons.

health-reason-owner-missing = Son propriétaire { $login } n'existe plus dans Plesk.
health-reason-owner-inactive = Son propriétaire { $login } n'est pas actif ({ $status }).
health-reason-anywhere-administrator = Une clé d'administrateur liée à aucune adresse : elle fonctionne depuis n'importe où.
health-reason-anywhere-key = Cette clé n'est liée à aucune adresse : elle fonctionne depuis n'importe où.
health-reason-wide-administrator = Une clé d'administrateur liée à { $range }, une plage plus large qu'un /24 ou un /64.
health-reason-wide-key = Cette clé est liée à { $range }, une plage plus large qu'un /24 ou un /64.
health-reason-public-among-private = Liée à l'adresse publique { $address } alors que ses autres adresses sont privées.
health-reason-service-address = Liée à { $address }, l'adresse du serveur Plesk ou du service placé devant lui : elle fonctionne pour quiconque peut envoyer des requêtes par ce biais.
health-reason-twins = D'autres clés du même propriétaire sur les mêmes adresses : { $others }.
health-reason-no-description = Aucune description : personne ne pourra savoir plus tard à quoi elle sert.

## Que faire.

health-advice-owner-missing = Supprimez-la.
health-advice-owner-inactive = Supprimez-la si le propriétaire est parti définitivement.
health-advice-usable-from-anywhere = Renouvelez-la avec les adresses depuis lesquelles elle est utilisée.
health-advice-public-among-private = Vérifiez l'adresse publique ; modifiez la clé pour la retirer.
health-advice-service-address = Ne la conservez que pour une utilisation via ce service ; sinon, renouvelez-la avec les adresses des machines qui l'utilisent.
health-advice-twins = Supprimez les clés en double laissées par un renouvellement.
health-advice-no-description = Modifiez-la pour indiquer à quoi elle sert.

## Un constat sur une ligne : « danger : Son propriétaire jdoe n'existe plus dans Plesk. Supprimez-la. »

health-finding = { $level } : { $reason } { $advice }
