### Wat de foutcodes van Plesk betekenen, in gewone woorden (het paneel en de CLI gelijk).

plesk-error-1001 = Plesk heeft de login en het wachtwoord geweigerd. Controleer beide en probeer het opnieuw.
plesk-error-1005 = Plesk ondersteunt de versie van het XML API-protocol niet waar dit verzoek om vroeg.
plesk-error-1006 = In Plesk mag alleen de beheerder API-sleutels beheren: vraag uw beheerder om een sleutel, of gebruik een portaal met aanmelding.
plesk-error-1011 = Het Plesk-account is uitgeschakeld. Een beheerder moet het eerst inschakelen.
plesk-error-1012 = De Plesk-login is geblokkeerd na mislukte pogingen. Wacht, of vraag de beheerder hem te deblokkeren.
plesk-error-1013 = Plesk heeft zo'n sleutel niet (misschien is hij al verwijderd).
plesk-error-1014 = Plesk kon het verzoekpakket niet begrijpen.
plesk-error-1015 = Plesk heeft geen actieve reseller of klant met die eigenaarslogin.
plesk-error-1017 = Plesk ondersteunt deze bewerking hier niet.
plesk-error-1019 = Plesk heeft een waarde in het verzoek als ongeldig geweigerd.
plesk-error-1023 = Plesk kon de bewerking niet voltooien.
plesk-error-1029 = Het verzoek bevatte geen inloggegevens: maak verbinding met een API-sleutel, of met een login en wachtwoord.
plesk-error-11003 = Plesk heeft de geheime sleutel geweigerd: waarschijnlijk is hij gebonden aan andere IP-adressen dan het adres dat Plesk ziet (via een gateway het adres van de gateway). Plesk-versies vóór 18.0.33 zeggen dit ook voor een sleutel die niet bestaat.
plesk-error-other = Plesk heeft een fout gemeld die dit paneel niet kent.
