### Ce que signifient les codes d'erreur de Plesk, en termes simples (dans le panneau comme dans la CLI).

plesk-error-1001 = Plesk a refusé le nom d'utilisateur et le mot de passe. Vérifiez-les et réessayez.
plesk-error-1005 = Plesk ne prend pas en charge la version du protocole XML API demandée par cette requête.
plesk-error-1006 = Dans Plesk, seul l'administrateur peut gérer les clés API : demandez une clé à votre administrateur ou passez par un portail où vous êtes connecté.
plesk-error-1011 = Le compte Plesk est désactivé. Un administrateur doit d'abord l'activer.
plesk-error-1012 = Le compte Plesk est verrouillé à la suite de tentatives de connexion échouées. Patientez ou demandez à l'administrateur de le déverrouiller.
plesk-error-1013 = Plesk ne connaît pas cette clé (elle a peut-être déjà été supprimée).
plesk-error-1014 = Plesk n'a pas pu interpréter le paquet de la requête.
plesk-error-1015 = Plesk ne connaît aucun revendeur ni client actif dont le nom d'utilisateur correspond à ce propriétaire.
plesk-error-1017 = Plesk ne prend pas en charge cette opération dans ce contexte.
plesk-error-1019 = Plesk a rejeté une valeur de la requête comme non valide.
plesk-error-1023 = Plesk n'a pas pu mener l'opération à bien.
plesk-error-1029 = La requête ne contenait aucun identifiant de connexion : connectez-vous avec une clé API, ou avec un nom d'utilisateur et un mot de passe.
plesk-error-11003 = Plesk a refusé la clé secrète : elle est très probablement liée à d'autres adresses IP que celle que voit Plesk (derrière une passerelle, c'est l'adresse de la passerelle). Les versions de Plesk antérieures à 18.0.33 renvoient aussi cette erreur pour une clé qui n'existe pas.
plesk-error-other = Plesk a signalé une erreur que ce panneau ne connaît pas.
