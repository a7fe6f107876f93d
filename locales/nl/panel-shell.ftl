### Het statische verbindingsformulier van index.html, getoond voordat het paneel is geladen (geschreven
### door `plesk-keys serve` in de taal van de browser). De labels zijn die van de verbindingspagina
### (panel-connect.ftl); hier staan alleen de zinnen die alleen het statische formulier toont.

shell-needs-javascript = Plesk Key Panel heeft JavaScript en WebAssembly nodig: de sleutel wordt bij Plesk gecontroleerd en door de eigen code van het paneel in deze pagina bewaard. Schakel JavaScript in voor deze site en laad de pagina daarna opnieuw.
shell-connect-pending = Er wordt verbinding gemaakt zodra het paneel is geladen…
shell-sign-in-pending = U wordt aangemeld zodra het paneel is geladen…
shell-still-loading = Het paneel wordt nog geladen; bij een trage verbinding duurt dit even. Als er niets verandert, laad de pagina dan opnieuw.
