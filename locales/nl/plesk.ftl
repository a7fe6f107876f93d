### Wat de foutcodes van Plesk betekenen, in gewone taal (voor het paneel en de CLI).

plesk-error-1001 = Plesk heeft de gebruikersnaam en het wachtwoord geweigerd. Controleer beide en probeer het opnieuw.
plesk-error-1005 = Plesk ondersteunt de versie van het XML API-protocol waar dit verzoek om vraagt niet.
plesk-error-1006 = In Plesk mag alleen de beheerder API-sleutels beheren: vraag uw beheerder om een sleutel, of gebruik een portaal waarop u bent aangemeld.
plesk-error-1011 = Het Plesk-account is uitgeschakeld. Een beheerder moet het eerst inschakelen.
plesk-error-1012 = De Plesk-gebruikersnaam is na mislukte pogingen geblokkeerd. Wacht even, of vraag de beheerder om de blokkering op te heffen.
plesk-error-1013 = Plesk kent deze sleutel niet (mogelijk is hij al verwijderd).
plesk-error-1014 = Plesk kon het verzoekpakket niet interpreteren.
plesk-error-1015 = Plesk heeft geen actieve reseller of klant met de opgegeven gebruikersnaam van de eigenaar.
plesk-error-1017 = Plesk ondersteunt deze bewerking hier niet.
plesk-error-1019 = Plesk heeft een waarde in het verzoek als ongeldig geweigerd.
plesk-error-1023 = Plesk kon de bewerking niet voltooien.
plesk-error-1029 = Het verzoek bevatte geen inloggegevens: maak verbinding met een API-sleutel, of met een gebruikersnaam en wachtwoord.
plesk-error-11003 = Plesk heeft de geheime sleutel geweigerd: waarschijnlijk is die gebonden aan andere IP-adressen dan het adres dat Plesk ziet (via een gateway is dat het adres van de gateway). Plesk-versies vóór 18.0.33 melden dit ook voor een sleutel die niet bestaat.
plesk-error-other = Plesk heeft een fout gemeld die dit paneel niet kent.
