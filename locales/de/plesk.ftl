### Was die Fehlercodes von Plesk bedeuten, in einfachen Worten (im Panel wie in der CLI).

plesk-error-1001 = Plesk hat Benutzername und Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.
plesk-error-1005 = Plesk unterstützt die von dieser Anfrage verlangte Protokollversion der XML API nicht.
plesk-error-1006 = In Plesk darf nur der Administrator API-Schlüssel verwalten: Bitten Sie Ihren Administrator um einen Schlüssel oder verwenden Sie ein Portal, bei dem Sie angemeldet sind.
plesk-error-1011 = Das Plesk-Konto ist deaktiviert. Ein Administrator muss es zuerst aktivieren.
plesk-error-1012 = Die Plesk-Anmeldung ist nach fehlgeschlagenen Versuchen gesperrt. Warten Sie oder bitten Sie den Administrator, sie zu entsperren.
plesk-error-1013 = Plesk kennt keinen solchen Schlüssel (vielleicht wurde er bereits gelöscht).
plesk-error-1014 = Plesk konnte das Anfragepaket nicht verstehen.
plesk-error-1015 = Plesk hat keinen aktiven Reseller oder Kunden mit diesem Besitzer-Login.
plesk-error-1017 = Plesk unterstützt diesen Vorgang an dieser Stelle nicht.
plesk-error-1019 = Plesk hat einen Wert in der Anfrage als ungültig abgelehnt.
plesk-error-1023 = Plesk konnte den Vorgang nicht abschließen.
plesk-error-1029 = Die Anfrage enthielt keine Anmeldedaten: Verbinden Sie sich mit einem API-Schlüssel oder mit Benutzername und Passwort.
plesk-error-11003 = Plesk hat den geheimen Schlüssel abgelehnt: Höchstwahrscheinlich ist er an andere IP-Adressen gebunden als die, die Plesk sieht (hinter einem Gateway ist das die Adresse des Gateways). Plesk-Versionen vor 18.0.33 melden dies auch für einen Schlüssel, den es nicht gibt.
plesk-error-other = Plesk hat einen Fehler gemeldet, den dieses Panel nicht kennt.
