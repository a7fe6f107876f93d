### plesk-keys, os comandos de cliente: o que uma pessoa lê no terminal (o JSON de --json
### e os valores de chave, IDs e endereços nele nunca são traduzidos).

## De onde vêm as credenciais.

cli-no-credential = nenhuma credencial: defina PLESK_KEY, use --key-file FILE ou defina PLESK_LOGIN e PLESK_PASSWORD
cli-key-file-unreadable = não foi possível ler o arquivo de chave { $path }: { $detail }
cli-key-file-empty = o arquivo de chave { $path } está vazio
cli-half-login = PLESK_LOGIN está definido, mas PLESK_PASSWORD não (ou o contrário)
cli-not-a-header = a credencial contém caracteres que um cabeçalho HTTP não pode transportar
cli-not-visible-ascii = a chave ou o login contém um espaço, um caractere de controle ou um caractere não ASCII (colado por engano?); o Plesk e o gateway aceitam apenas ASCII visível

## Qual servidor.

cli-no-endpoint = nenhum endpoint: informe --endpoint URL ou defina PLESK_ENDPOINT (ou --servers FILE com --server NAME)
cli-server-without-file = --server exige --servers FILE (ou PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } lista { $count } servidores: escolha um com --server NAME (ou --server all para list, info e create)
cli-unknown-server = não há nenhum servidor { $name } em { $file } (ele tem { $known })
cli-no-server-key = nenhuma chave para o servidor { $name }: coloque-a em { $name }.key em --key-dir DIR ou defina { $variable }
cli-key-file-readable = o arquivo de chave { $path } pode ser lido pelo grupo ou por outros: aplique chmod 600 a ele (ele contém uma chave secreta)
cli-key-file-with-servers = --key-file contém uma única chave: com --servers, dê a cada servidor a sua própria (--key-dir DIR ou PLESK_KEY_<NAME>)
cli-one-server-only = delete e rotate atuam em um único servidor: escolha-o com --server NAME (--server all: list, info, create)
cli-unknown-language = não existe o idioma { $tag }: um de { $known }
cli-no-server = nenhum servidor com quem falar

## Chaves informadas na linha de comando.

cli-stdin-unreadable = não foi possível ler as chaves da entrada padrão: { $detail }
cli-no-keys-asked = nenhuma chave foi solicitada
cli-key-in-argument = aviso: um valor de chave passado como argumento fica visível para outros usuários desta máquina; passe os valores pela entrada padrão com `-`.

## --dry-run: o que seria enviado.

cli-dry-run-target = POST { $url } (nada enviado: --dry-run)
cli-dry-run-server-target = POST { $url } (servidor { $server }; nada enviado: --dry-run)
cli-dry-run-rotate = (depois: criar uma gêmea dessa chave e excluir a chave antiga somente se a criação tiver dado certo)

## O que os comandos exibem.

cli-no-keys = Nenhuma chave.
cli-new-key = Nova chave (exibida uma única vez; o Plesk não pode exibi-la de novo): { $key }
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
cli-rotate-old-deleted = chave antiga { $id } excluída
cli-rotate-old-not-deleted = a nova chave foi criada, mas não foi possível excluir a chave antiga { $id }: exclua-a manualmente

## Os erros do Plesk: o texto do Plesk fica como o Plesk o enviou, entre aspas.

cli-plesk-error = Erro do Plesk { $code }: { $text }
cli-plesk-error-explained = Erro do Plesk { $code }: { $text } ({ $explanation })
