### A lista de chaves do painel: sua barra de ferramentas, a tabela Chaves secretas (filtros, contagens, seleção, páginas,
### linhas, as palavras da saúde das chaves), a oferta após entrar com senha, Consultar e as exportações.

## A página da lista de chaves.

keys-title = Chaves
keys-skip-to-create = Ir para Criar uma chave
keys-toolbar-label = Ações da lista de chaves
keys-refresh = Atualizar
keys-export-csv = Exportar CSV
keys-export-json = Exportar JSON
keys-select-first = Selecione primeiro pelo menos uma chave.
keys-export-not-loaded = Não foi possível carregar a exportação (a rede está fora do ar?). Nada foi salvo; tente novamente.
keys-empty = Ainda não há chaves secretas. Crie uma com o formulário Criar chave.
# O botão que exclui as chaves marcadas; com quantas, assim que alguma estiver marcada.
keys-delete-selected = { $count ->
    [0] Excluir selecionadas
    [one] Excluir selecionada ({ $count })
   *[other] Excluir selecionadas ({ $count })
}

## A linha acima da lista ($time: a hora local, HH:MM:SS).

keys-loading = Carregando chaves…
keys-refreshing = Atualizando…
keys-refreshed-at = Última atualização às { $time }.

## Após entrar com senha: uma chave para este navegador.

keys-offer-title = Sessão iniciada com senha
keys-offer-text = A senha fica somente na memória. Criar uma chave de API para este navegador e usá-la de agora em diante?
keys-offer-create = Criar uma chave para este navegador
keys-offer-new-key-note = Uma chave para este navegador, vinculada ao endereço que o Plesk vê. O painel agora a usa; sua senha foi descartada.
keys-offer-created = Chave criada para este navegador; o painel agora a usa.
keys-offer-failed = Nenhuma chave foi criada: { $error }

## Os filtros, as contagens e a seleção da tabela.

keys-filter-label = Filtrar chaves
keys-filter-placeholder = ID, endereço, descrição ou proprietário
keys-owner-filter = Proprietário
keys-owner-filter-all = Todos os proprietários
keys-needs-attention = Precisam de atenção ({ $count })
keys-count = { $count ->
    [one] { $count } chave
   *[other] { $count } chaves
}
keys-count-shown = Exibindo { $shown } de { $total }
keys-selection = Selecionadas: { $selected }
keys-selection-hidden = Selecionadas: { $selected } (ocultas pelo filtro: { $hidden })
keys-clear-selection = Limpar seleção
keys-no-match = Nenhuma chave corresponde ao filtro.
keys-clear-filter = Limpar filtro

## Páginas (acima e abaixo da tabela).

keys-pages-above = Páginas acima da tabela
keys-pages = Páginas
keys-page-previous = Página anterior
keys-page-next = Próxima página
keys-page-of = Página { $page } de { $pages }

## A tabela: legenda, cabeçalhos (também os rótulos dos cartões em telas estreitas) e linhas.

keys-table-caption = Chaves secretas
keys-select-all = Selecionar todas as exibidas
keys-select-all-hint = Selecionar todas as chaves que o filtro exibe, em todas as páginas
keys-column-server = Servidor
keys-column-id = ID
keys-column-addresses = Endereços IP
keys-column-description = Descrição
keys-column-owner = Proprietário
keys-column-health = Saúde
keys-column-actions = Ações
keys-any-address = Qualquer endereço (sem restrição de IP)
keys-this-browser = este navegador
# Após a descrição de uma chave quando o Plesk se recusou a excluí-la ($reason: o motivo do Plesk).
keys-not-deleted = Não excluída: { $reason }
# Como uma chave é nomeada para as pessoas (nos nomes dos botões e nas frases).
keys-name = chave { $id }
keys-name-on-server = chave { $id } em { $server }
keys-select-named = Selecionar { $name }
keys-rotate = Rotacionar
keys-edit = Editar
keys-delete = Excluir
keys-rotate-named = Rotacionar { $name }
keys-edit-named = Editar { $name }
keys-delete-named = Excluir { $name }

## A saúde das chaves na tabela (os motivos e as recomendações estão em health.ftl).

keys-health-danger = Perigo
keys-health-warning = Aviso
keys-health-note = Observação
# Lido após o nível pelos leitores de tela: "Perigo para a chave 5".
keys-health-for = para { $name }
keys-health-rotate-it = Rotacionar
keys-health-delete-it = Excluir
keys-health-rotate-named = Rotacionar { $name } conforme recomendado
keys-health-delete-named = Excluir { $name } conforme recomendado

## Exclusão.

keys-deleted = { $count ->
    [one] { $count } chave excluída.
   *[other] { $count } chaves excluídas.
}
# $failures: um ou mais keys-failure, unidos por keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] { $count } chave excluída; não excluídas: { $failures }
   *[other] { $count } chaves excluídas; não excluídas: { $failures }
}
keys-failure = chave { $id }: { $reason }
keys-failure-separator = { "; " }

## A linha de status (anunciada aos leitores de tela).

keys-status-label = Status

## Consultar.

lookup-title = Consultar chaves
lookup-keys-label = Chaves a consultar
lookup-keys-hint = Valores de chave ou IDs, um por linha ou separados por vírgulas.
lookup-submit = Consultar
lookup-results-label = Resultados da consulta
lookup-done = Consulta: { $found } de { $total } encontradas.
# Uma linha por chave consultada ($reference: a chave como foi digitada, abreviada).
lookup-found = { $reference }: encontrada — ID { $id }, { $addresses }, “{ $description }”, proprietário { $owner }
lookup-found-no-description = { $reference }: encontrada — ID { $id }, { $addresses }, sem descrição, proprietário { $owner }
lookup-not-found = { $reference }: não encontrada (erro do Plesk 1013)
lookup-failed = { $reference }: { $error }

## Exportações (o conteúdo dos arquivos permanece em inglês para os scripts).

export-done = { $count ->
    [one] { $count } chave exportada para { $file }.
   *[other] { $count } chaves exportadas para { $file }.
}
export-failed = Falha na exportação: { $reason }.
export-cannot-build = não foi possível gerar o arquivo
export-cannot-offer = não foi possível disponibilizar o arquivo para download
