### Os formulários e caixas de diálogo do painel: Criar, as configurações de uma chave, a nova chave, Excluir,
### Rotacionar e Editar, o inspetor de pacotes, as partes carregadas no primeiro uso e o que dá errado entre
### o painel e o Plesk.

## Criar uma chave.

create-title = Criar uma chave
create-bind-label = Vincular ao endereço que o Plesk vê
create-bind-hint = Sem endereços, o Plesk vincula a chave ao endereço de onde vem a requisição: através de um gateway, esse é o endereço do gateway.
create-submit = Criar chave
create-no-address = Informe pelo menos um endereço IP ou marque “Vincular ao endereço que o Plesk vê”.
# Exibida uma vez quando Criar é pressionado sem uma descrição.
create-empty-description = Adicione uma descrição para poder identificar esta chave mais tarde, ou clique em Criar chave novamente para criá-la sem descrição.
create-created = Chave criada. Copie-a agora: ela é exibida uma única vez.
# Abaixo da nova chave: os endereços aos quais ela está vinculada ($addresses: endereços IP).
create-bound-to = Vinculada a { $addresses }.
create-bound-to-sender = Vinculada ao endereço que o Plesk vê.

## As configurações de uma chave (Criar, Editar, Criar nos servidores).

settings-addresses-label = Endereços IP
settings-no-address = Informe pelo menos um endereço IP.
settings-description-label = Descrição
settings-owner-label = Login do proprietário
settings-choose-owner = Escolher um proprietário
settings-owner-hint = Opcional: o login de um revendedor ou cliente. Vazio: a chave pertence a você.

## O campo de endereços IP, verificado durante a digitação; um campo secreto.

field-no-address = Nenhum endereço: marque “Vincular ao endereço que o Plesk vê” para criar uma chave mesmo assim.
field-valid-addresses = { $count ->
    [one] { $count } endereço válido.
   *[other] { $count } endereços válidos.
}
field-typing = Continue digitando: o último endereço ainda não está completo.
field-show-key = Mostrar chave

## A nova chave, exibida uma única vez.

new-key-title = Nova chave
new-key-warning = Copie-a agora: o Plesk guarda apenas um hash e não poderá exibir esta chave novamente. Ela desaparecerá desta página quando você a descartar.
new-key-copy = Copiar
new-key-dismiss = Descartar
new-key-copied = A nova chave foi copiada para a área de transferência.
# $reason: o motivo, por exemplo new-key-clipboard-refused.
new-key-copy-failed = Falha ao copiar ({ $reason }): selecione a chave e copie-a manualmente.
new-key-clipboard-refused = o navegador negou o acesso à área de transferência

## Caixas de diálogo.

dialog-delete = Excluir
dialog-cancel = Cancelar

## Excluir.

delete-title = Excluir a chave { $id }?
delete-title-keys = Excluir { $count } chaves?
delete-warning = { $count ->
    [one] Esta chave deixará de funcionar imediatamente. Esta ação não pode ser desfeita:
   *[other] Estas chaves deixarão de funcionar imediatamente. Esta ação não pode ser desfeita:
}
# Uma chave na lista de chaves a excluir: seu ID, sua descrição e o login do proprietário.
delete-key-label = chave { $id } ({ $description }; { $owner })
delete-no-description = sem descrição
delete-no-owner = sem proprietário
delete-own-warning = Uma delas é a chave que este painel está usando: sua sessão será encerrada após a exclusão.
# $summary: o que foi excluído e o que não foi.
delete-own-deleted = { $summary } A chave do próprio painel foi excluída: sua sessão foi encerrada.

## Rotacionar e Editar.

rotate-title = Rotacionar a chave { $id }
rotate-edit-title = Editar a chave { $id }
rotate-explanation = Uma nova chave é criada com os mesmos endereços ({ $addresses }), a mesma descrição e o mesmo proprietário. A chave antiga { $id } só é excluída depois que a criação for bem-sucedida e você confirmar.
rotate-edit-hint = O Plesk não tem uma operação de atualização de chaves: salvar cria uma nova chave com estas configurações; a chave antiga só é excluída depois que a criação for bem-sucedida e você confirmar.
rotate-any-address-warning = Esta chave funciona a partir de qualquer endereço. A XML API do Plesk não consegue criar uma chave assim: a nova chave é vinculada aos endereços informados ou, sem nenhum, ao endereço que o Plesk vê (o gateway deste painel).
rotate-create = Criar nova chave
rotate-save = Salvar como nova chave
rotate-replaces = Substitui a chave { $id }.
rotate-created = Nova chave criada. Copie-a e depois decida se deseja excluir a chave { $id }.
rotate-create-failed = Nenhuma nova chave foi criada; a chave { $id } foi mantida: { $reason }
rotate-delete-old-question = A nova chave já funciona. Excluir a chave antiga { $id }?
rotate-own-warning = A chave antiga é a que este painel usa: sua sessão será encerrada após a exclusão.
rotate-delete-old = Excluir a chave antiga { $id }
rotate-keep-old = Manter a chave antiga
rotate-kept = A chave { $id } foi mantida; agora as duas chaves funcionam.
rotate-deleted = Chave { $id } excluída; a nova chave a substitui.
rotate-own-deleted = Chave { $id } excluída. Era a chave do próprio painel: conecte-se com a nova chave.
rotate-not-deleted = A chave { $id } não foi excluída: { $reason }
rotate-no-result = Chave { $id }: o Plesk não enviou nenhum resultado.

## O inspetor de pacotes.

inspector-title = Inspetor de pacotes
inspector-hint = As últimas requisições e respostas, com os valores de chave e as senhas removidos.
inspector-copy-curl = Copiar como curl
inspector-exchange = Troca { $number }
inspector-request = Requisição { $number }
inspector-response = Resposta { $number }
inspector-no-request = Nenhuma requisição ainda.
# $variable: a variável de shell que representa a chave ($PLESK_KEY).
inspector-copied = A última requisição foi copiada como comando curl (a chave é { $variable }).
inspector-copy-failed = Falha ao copiar: o navegador negou o acesso à área de transferência.
inspector-too-long = (não exibido: { $size } bytes, mais que os { $limit } que o inspetor exibe; use o cliente de linha de comando para listas longas)
inspector-not-utf8 = (não exibido: o pacote não é texto UTF-8)
# $reason: por que o pacote não é um XML que o inspetor consiga exibir (api-xml-…).
inspector-not-shown = (não exibido: { $reason })

## Partes do painel obtidas no primeiro uso.

part-loading = Carregando…
part-loading-dialog = Carregando esta parte do painel…
part-not-loaded = Não foi possível carregar esta parte do painel (a rede está fora do ar?).
part-failed-title = Não foi possível abrir
part-retry = Tentar novamente

## Entre o painel e o Plesk.

api-network = O painel não conseguiu alcançar o endpoint do agente ({ $detail }). Verifique a conexão de rede e se o gateway está em execução.
api-timeout = Nenhuma resposta em { $seconds } segundos. O gateway ou o Plesk pode estar sobrecarregado; tente novamente.
api-too-large = O gateway recusou a requisição por ser grande demais (HTTP 413).
api-bad-gateway = O gateway não conseguiu alcançar o servidor Plesk (HTTP 502). O Plesk pode estar fora do ar, ou o gateway aponta para o endereço errado.
api-gateway-timeout = O servidor Plesk não respondeu ao gateway a tempo (HTTP 504). Tente novamente; se o problema persistir, verifique o servidor Plesk.
api-http = O endpoint do agente respondeu HTTP { $status } em vez de um pacote do Plesk.
api-refused = O gateway recusou a requisição (HTTP { $status }).
# As recusas do gateway, pelo código que ele envia (`x-plesk-keys-refusal`), com as mesmas palavras
# com que `plesk-keys serve` as escreve em inglês.
api-refusal-not-signed-in = Entre primeiro pelo portal: este painel funciona somente para pessoas conectadas.
api-refusal-session-ended = Sua sessão terminou (expirou, foi encerrada ou nunca começou): entre novamente; o que você digitou permanece no formulário.
api-refusal-identity-refused = Os cabeçalhos que identificam quem entrou foram recusados (enviados duas vezes, que não são texto simples, escritos com sublinhados ou vindos de um endereço que não é o proxy do portal).
api-refusal-cross-site = Somente a própria página do painel pode enviar requisições para cá (mesma origem).
api-refusal-server-out-of-scope = Você não tem acesso a este servidor.
api-refusal-foreign-origin = Esta origem não tem permissão para usar o caminho do agente.
api-unreadable = Não foi possível ler a resposta: { $reason }
api-unexpected-shape = O Plesk respondeu com { $received } resultados quando eram esperados { $expected }; nada foi presumido.
# Um erro informado pelo Plesk: o que ele significa (plesk-error-…), seu código e o texto do próprio Plesk.
api-plesk-error = { $explanation } (erro do Plesk { $code }: { $text })
# 11003 quando o texto do Plesk diz que a chave não foi encontrada (Plesk 18.0.33 e posteriores).
api-plesk-unknown-key = O Plesk não conhece esta chave secreta: ela pode ter sido excluída ou digitada incorretamente.
# 1006 quando o texto do Plesk diz que sua restrição de acesso à API recusou o endereço.
api-plesk-api-restricted = A restrição de acesso à API do Plesk recusa o endereço que ele vê (através de um gateway, o endereço do gateway): peça ao seu administrador que o permita.

## Uma resposta que não é um pacote do Plesk que este painel consiga ler ($element, $field, $root, $parent: nomes de elementos XML; $snippet: o início da resposta).

api-answer-too-large = A resposta tem { $size } bytes, mais que os { $limit } bytes que esta ferramenta lê.
api-answer-not-utf8 = A resposta não é um texto UTF-8 válido.
api-answer-not-a-packet = A resposta é XML, mas não é um pacote do Plesk (sua raiz é <{ $root }>): { $snippet }
api-answer-no-content = A resposta não contém nem resultados nem um erro.
api-answer-no-status = Um resultado <{ $element }> não tem status.
api-answer-unknown-status = Um resultado <{ $element }> tem o status desconhecido '{ $status }'.
api-answer-bad-errcode = Um resultado <{ $element }> tem o código de erro '{ $errcode }', que não é um número de 0 a 4294967295.
api-answer-no-new-key = Um resultado de criação bem-sucedido não contém nenhuma chave.
api-answer-malformed-new-key = A resposta do Plesk à criação contém uma nova chave de { $length } caracteres que não tem o formato de uma chave (apenas letras, dígitos, '-' e '_'); ela foi retida. Uma chave pode ter sido criada: verifique a lista de chaves e exclua as que você não reconhecer.
api-answer-incomplete-key-info = Uma entrada key_info não tem <{ $field }>.
api-answer-unexpected = A resposta tem um elemento <{ $element }> inesperado dentro de <{ $parent }>.
api-xml-empty = A resposta está vazia.
api-xml-html = A resposta é uma página HTML, não um pacote XML do Plesk (muitas vezes, uma página de erro de um proxy): { $snippet }
api-xml-not-xml = A resposta não é XML: { $snippet }
api-xml-truncated = O XML termina antes do fim (truncado): { $snippet }
api-xml-doctype = O XML contém uma declaração DOCTYPE ou de entidade, que o Plesk nunca envia; ele não foi processado.
api-xml-unknown-entity = O XML usa a entidade não declarada '&{ $name };'.
api-xml-too-deep = O XML aninha elementos com mais de { $limit } níveis de profundidade.
api-xml-malformed = O XML está malformado na linha { $line }: { $detail }
