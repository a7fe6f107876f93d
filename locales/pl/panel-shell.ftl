### Statyczny formularz połączenia z index.html, wyświetlany przed załadowaniem panelu (zapisywany
### przez `plesk-keys serve` w języku przeglądarki). Jego etykiety pochodzą ze strony połączenia
### (panel-connect.ftl); tutaj są tylko zdania, które wyświetla wyłącznie formularz statyczny.

shell-needs-javascript = Plesk Key Panel wymaga obsługi JavaScriptu i WebAssembly: klucz jest sprawdzany w Plesk i przechowywany przez własny kod panelu na tej stronie. Należy włączyć JavaScript dla tej witryny, a następnie odświeżyć stronę.
shell-connect-pending = Połączenie nastąpi zaraz po załadowaniu panelu…
shell-sign-in-pending = Logowanie nastąpi zaraz po załadowaniu panelu…
shell-still-loading = Panel wciąż się ładuje; przy wolnym połączeniu może to chwilę potrwać. Jeśli nic się nie zmienia, należy odświeżyć stronę.
