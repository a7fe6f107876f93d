### Das statische Verbindungsformular von index.html, angezeigt, bevor das Panel geladen ist (von
### `plesk-keys serve` in der Sprache des Browsers geschrieben). Seine Beschriftungen sind die der
### Verbindungsseite (panel-connect.ftl); hier stehen nur die Sätze, die allein das statische Formular zeigt.

shell-needs-javascript = Plesk Key Panel benötigt JavaScript und WebAssembly: Der Schlüssel wird bei Plesk geprüft und vom eigenen Code des Panels in dieser Seite aufbewahrt. Aktivieren Sie JavaScript für diese Website und laden Sie die Seite dann neu.
shell-connect-pending = Die Verbindung wird hergestellt, sobald das Panel geladen ist…
shell-sign-in-pending = Die Anmeldung erfolgt, sobald das Panel geladen ist…
shell-still-loading = Das Panel wird noch geladen; bei einer langsamen Verbindung dauert das eine Weile. Wenn sich nichts ändert, laden Sie die Seite neu.
