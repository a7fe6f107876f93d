### plesk-keys, os comandos do cliente: o que uma pessoa lê no terminal (o JSON de --json
### e os valores de chave, IDs e endereços nele nunca são traduzidos).

## De onde vem a credencial.

cli-no-credential = nenhuma credencial: defina PLESK_KEY, use --key-file FILE ou defina PLESK_LOGIN e PLESK_PASSWORD
cli-key-file-unreadable = não foi possível ler o arquivo de chave { $path }: { $detail }
cli-key-file-empty = o arquivo de chave { $path } está vazio
cli-half-login = PLESK_LOGIN está definida, mas PLESK_PASSWORD não (ou vice-versa)
cli-not-a-header = a credencial contém caracteres que não podem ser enviados em um cabeçalho HTTP
cli-not-visible-ascii = a chave ou o login contém um espaço, um caractere de controle ou um caractere não ASCII (colado por engano?); o Plesk e o gateway aceitam apenas caracteres ASCII visíveis

## Qual servidor.

cli-no-endpoint = nenhum endpoint: informe --endpoint URL ou defina PLESK_ENDPOINT (ou use --servers FILE com --server NAME)
cli-server-without-file = --server exige --servers FILE (ou PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } lista { $count } servidores: escolha um com --server NAME (ou --server all para list, info e create)
cli-unknown-server = não há nenhum servidor { $name } em { $file } (servidores disponíveis: { $known })
cli-no-server-key = nenhuma chave para o servidor { $name }: coloque-a em { $name }.key no --key-dir DIR ou defina { $variable }
cli-key-file-readable = o arquivo de chave { $path } pode ser lido pelo grupo ou por outros usuários: aplique chmod 600 a ele (ele contém uma chave secreta)
cli-key-file-with-servers = --key-file contém uma única chave: com --servers, dê a cada servidor a sua própria chave (--key-dir DIR ou PLESK_KEY_<NAME>)
cli-one-server-only = delete e rotate atuam em um único servidor: escolha-o com --server NAME (--server all: list, info, create)
cli-unknown-language = não existe o idioma { $tag }: escolha um entre { $known }
cli-no-server = nenhum servidor com o qual se comunicar

## Chaves informadas na linha de comando.

cli-stdin-unreadable = não foi possível ler as chaves da entrada padrão: { $detail }
cli-no-keys-asked = nenhuma chave foi informada
cli-key-in-argument = aviso: um valor de chave passado como argumento fica visível para outros usuários desta máquina; passe os valores pela entrada padrão com `-`.

## --dry-run: o que seria enviado.

cli-dry-run-target = POST { $url } (nada foi enviado: --dry-run)
cli-dry-run-server-target = POST { $url } (servidor { $server }; nada foi enviado: --dry-run)
cli-dry-run-rotate = (em seguida: criar uma nova chave com as mesmas configurações e excluir a chave antiga somente se a criação tiver sido bem-sucedida)

## O que os comandos exibem.

cli-key-id = chave { $id }
cli-key-value = valor de chave { $start }…
cli-no-keys = Nenhuma chave.
cli-new-key = Nova chave (exibida uma única vez; o Plesk não poderá exibi-la novamente): { $key }
cli-deleted = excluída: { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } chave não exibida
       *[other] { $count } chaves não exibidas
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } chave não excluída
       *[other] { $count } chaves não excluídas
    }
cli-rotate-not-found = a chave a ser rotacionada não foi encontrada
cli-rotate-old-kept = { $reason }; a chave antiga { $id } foi mantida
cli-rotate-old-deleted = a chave antiga { $id } foi excluída
cli-rotate-old-not-deleted = a nova chave foi criada, mas não foi possível excluir a chave antiga { $id }: exclua-a manualmente

## Vários servidores ao mesmo tempo (--server all).

cli-request-task-failed = uma tarefa de requisição falhou: { $detail }
cli-server-failed = servidor { $server }: { $reason }
cli-servers-failed =
    { $count ->
        [one] falha em { $failed } de { $count } servidor ({ $names }); { $consequence }
       *[other] falha em { $failed } de { $count } servidores ({ $names }); { $consequence }
    }
cli-others-keys-shown = as chaves dos demais servidores são exibidas
cli-others-answers-shown = as respostas dos demais servidores são exibidas
cli-no-key-made-there = nenhuma chave foi criada lá
cli-found-on-no-server = { $key }: não encontrada em nenhum servidor
cli-found-on = { $key }: encontrada em { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } chave não encontrada em nenhum servidor
       *[other] { $count } chaves não encontradas em nenhum servidor
    }
cli-new-keys = Novas chaves (exibidas uma única vez; o Plesk não poderá exibi-las novamente):

## O caminho até o servidor.

cli-not-a-url = '{ $url }' não é uma URL; informe uma URL base do Plesk, como https://plesk.example.com:8443
cli-not-https = '{ $url }' deve começar com https:// (ou http:// para testes em loopback)
cli-not-a-base = '{ $url }' deve ser uma URL base sem consulta nem fragmento
cli-user-in-url = uma URL com nome de usuário ou senha antes do host (user:password@host) é recusada: ela apareceria em rótulos e logs, e o Plesk lê credenciais apenas dos cabeçalhos; informe a chave em um arquivo de chave ou no painel
cli-timeout = nenhuma resposta em { $seconds } s
cli-unreachable = não foi possível alcançar { $url }: { $detail }
cli-redirect = o servidor respondeu com um redirecionamento (HTTP { $status }), que nunca é seguido
cli-answer-too-large = a resposta é maior que { $bytes } bytes
cli-answer-unreadable = não foi possível ler a resposta: { $detail }
cli-answer-not-utf8 = a resposta não está em UTF-8
cli-http-status = HTTP { $status } de { $url }: { $body }

## report.

cli-no-findings = nenhuma
cli-report-finding = chave { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } chave com uma constatação de nível { $level } ou pior
       *[other] { $count } chaves com uma constatação de nível { $level } ou pior
    }
cli-customers = clientes
cli-resellers = revendedores
cli-owners-unknown = o status dos proprietários é desconhecido (ao consultar { $what }: { $reason })

## Tabelas e avisos.

cli-column-server = Servidor
cli-column-id = ID
cli-column-addresses = Endereços IP
cli-column-description = Descrição
cli-column-owner = Proprietário
cli-column-owner-status = Status do proprietário
cli-column-findings = Constatações
cli-list-separator = { ", " }
cli-any-address = qualquer endereço (sem restrição de IP)
cli-plain-http = aviso: { $url } usa http:// sem criptografia para outra máquina: a chave ou a senha trafega pela rede sem criptografia; use https://

## Erros do Plesk: o texto do próprio Plesk fica como o Plesk o enviou, entre aspas.

cli-plesk-error = Erro do Plesk { $code }: { $text }
cli-plesk-error-explained = Erro do Plesk { $code }: { $text } ({ $explanation })
