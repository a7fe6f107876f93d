### Le formulaire de connexion statique d'index.html, affiché avant le chargement du panneau (écrit par
### `plesk-keys serve` dans la langue du navigateur). Ses libellés sont ceux de la page de connexion
### (panel-connect.ftl) ; voici les phrases que seul le formulaire statique affiche.

shell-needs-javascript = Plesk Key Panel nécessite JavaScript et WebAssembly : la clé est vérifiée auprès de Plesk et conservée par le code du panneau lui-même dans cette page. Activez JavaScript pour ce site, puis rechargez la page.
shell-connect-pending = Connexion dès que le panneau sera chargé…
shell-sign-in-pending = Connexion dès que le panneau sera chargé…
shell-still-loading = Le panneau est encore en cours de chargement ; sur une connexion lente, cela peut prendre un moment. Si rien ne change, rechargez la page.
