### O painel: sua moldura (cabeçalho, idioma, sessão) e as palavras compartilhadas.

## O cabeçalho.

app-title = Plesk Key Panel
app-signed-in-as = Sessão iniciada como
app-connected-to = Conectado a
app-sign-out = Sair
app-log-out = Sair
app-sign-in = Entrar
app-signing-in = Entrando…
app-logged-out = Sessão encerrada: a chave não está mais nesta aba.
app-logged-out-idle = Sessão encerrada após um período sem atividade: a chave não está mais nesta aba.

## O menu de idioma.

language-label = Idioma
language-not-shipped = Este painel foi compilado sem o arquivo desse idioma.
language-not-fetched = Não foi possível obter o arquivo do idioma: { $detail }
language-mismatch = O arquivo do idioma não corresponde a este painel (versão mais nova ou mais antiga): recarregue a página.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
