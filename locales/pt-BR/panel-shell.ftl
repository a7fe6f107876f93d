### O formulário de conexão estático do index.html, exibido antes de o painel carregar (escrito pelo
### `plesk-keys serve` no idioma do navegador). Seus rótulos são os da própria página de conexão
### (panel-connect.ftl); estas são as frases que só o formulário estático exibe.

shell-needs-javascript = O Plesk Key Panel precisa de JavaScript e WebAssembly: a chave é verificada com o Plesk e mantida pelo próprio código do painel nesta página. Ative o JavaScript para este site e recarregue a página.
shell-connect-pending = A conexão será feita assim que o painel carregar…
shell-sign-in-pending = A entrada será feita assim que o painel carregar…
shell-still-loading = O painel ainda está carregando; em uma conexão lenta, isso demora um pouco. Se nada mudar, recarregue a página.
