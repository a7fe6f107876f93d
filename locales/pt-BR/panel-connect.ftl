### O painel: a conexão (os formulários de conexão e de entrada, a sessão, o tempo limite de inatividade, a troca de tema), a entrada por um portal e a entrega de chaves, e um conjunto de servidores (o seletor Servidor, Todos os servidores).

## O formulário de conexão.

connect-title = Conectar ao Plesk
connect-key-label = Chave de API
connect-need-key = Cole primeiro uma chave de API (uma chave secreta do Plesk).
connect-keep-legend = Manter a chave
connect-keep-tab = Nesta aba (mantida ao recarregar esta aba)
connect-keep-memory = Somente na memória (perdida ao recarregar)
connect-button = Conectar
connect-checking-key = Verificando a chave…
connect-retry = Tentar novamente

## O formulário de entrada (login e senha).

connect-sign-in-summary = Entrar com login e senha
connect-sign-in-hint = Para um administrador que ainda não tem uma chave. A senha fica somente na memória desta página; logo em seguida, você pode criar uma chave para este navegador.
connect-login-label = Login
connect-password-label = Senha
connect-need-login = Informe o login e a senha.
connect-sign-in-button = Entrar
connect-checking = Verificando…

## O que o Plesk disse sobre a credencial ($error: o erro, como o Plesk ou a conexão o informou).

connect-refused = O Plesk recusou esta credencial: { $error }
connect-unreachable = Não foi possível consultar o Plesk: { $error }

## O "onde e quem" do cabeçalho: o host com o qual o painel se comunica e o login da credencial.

connect-where-and-who = { $host } — { $login }

## A sessão.

session-storage-unavailable = Este navegador não permite que o painel use o armazenamento de sessão (modo privado ou armazenamento bloqueado); a chave é mantida na memória somente para esta página.

## O tempo limite de inatividade.

# $seconds: segundos inteiros restantes antes do encerramento da sessão.
idle-warning = Nenhuma atividade há algum tempo: sua sessão será encerrada em { $seconds } s. Clique em “Permanecer conectado” para continuar.
idle-stay = Permanecer conectado

## A troca de tema.

theme-dark = Tema escuro

## Entrada por um portal (quem está conectado, segundo o serviço).

# $error: por que não foi possível consultar o serviço.
portal-session-unreachable = O painel não conseguiu consultar quem está conectado ({ $error }).
portal-no-server = Você está conectado, mas nenhum servidor está disponível para você. Peça acesso ao seu administrador.
portal-session-unreadable = Não foi possível ler a resposta do serviço sobre quem está conectado.
# $status: o código de status HTTP da resposta do serviço.
portal-not-signed-in = Você não está conectado (HTTP { $status }). Abra o painel pelo seu portal.

## Chaves entregues por um portal que incorpora o painel.

# $name: o nome de servidor informado pelo portal.
portal-no-such-server = nenhum servidor se chama “{ $name }”
# Uma chave recusada: $server, o rótulo do servidor; $problem, por que ela foi recusada.
portal-problem-on-server = { $server }: { $problem }
# $problems: todas as chaves recusadas, separadas por ponto e vírgula.
portal-keys-not-used = As chaves entregues pelo portal não foram usadas: { $problems }.
portal-connected = Conectado com a chave ou as chaves entregues pelo portal (mantidas somente na memória).
# $servers: os rótulos dos servidores conectados, separados por vírgulas.
portal-connected-to = Conectado a { $servers } com a chave ou as chaves entregues pelo portal (mantidas somente na memória).

## O seletor Servidor.

fleet-server-label = Servidor
fleet-all-servers = Todos os servidores

## Todos os servidores: a tabela com as chaves de cada servidor.

fleet-actions-label = Ações da lista de chaves
fleet-refresh = Atualizar
fleet-export-csv = Exportar CSV
fleet-export-json = Exportar JSON
fleet-show-server = Mostrar servidor
fleet-every-server = Todos os servidores
fleet-servers-label = Servidores
fleet-empty = Ainda não há chaves secretas nesses servidores.
fleet-one-server-hint = Rotacionar e Editar atuam em um único servidor: escolha-o em Servidor.
# A linha de um servidor acima da tabela ($server: seu rótulo).
fleet-status-not-connected = { $server }: não conectado (escolha-o em Servidor para conectar)
fleet-status-loading = { $server }: carregando…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } chave
       *[other] { $count } chaves
    }
fleet-status-refreshing = { $server }: atualizando… (exibidas: { $count })
# $reason: por que não foi possível listar as chaves do servidor.
fleet-status-failed = { $server }: { $reason }
# A linha de contagem abaixo da tabela.
fleet-loading-from = Carregando chaves de { $count ->
        [one] { $count } servidor
       *[other] { $count } servidores
    }…
fleet-count = { $keys ->
        [one] { $keys } chave
       *[other] { $keys } chaves
    } em { $loaded } de { $servers ->
        [one] { $servers } servidor
       *[other] { $servers } servidores
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } chave
       *[other] { $keys } chaves
    } em { $loaded } de { $servers ->
        [one] { $servers } servidor
       *[other] { $servers } servidores
    } (em atualização: { $refreshing })
# O nome do botão Excluir de uma linha.
fleet-delete-key-on = Excluir a chave { $id } em { $server }

## Todos os servidores: excluir chaves.

fleet-delete-one-title = Excluir a chave { $id } em { $server }?
fleet-delete-on-server-title = Excluir { $count } chaves em { $server }?
fleet-delete-on-servers-title = Excluir { $count } chaves em { $servers } servidores?
fleet-delete-warning = { $count ->
        [one] Esta chave deixará de funcionar imediatamente no seu servidor. Esta ação não pode ser desfeita:
       *[other] Estas chaves deixarão de funcionar imediatamente nos seus servidores. Esta ação não pode ser desfeita:
    }
# Uma chave na lista de confirmação.
fleet-delete-item = chave { $id } em { $server }
fleet-key-deleted = Chave { $id } excluída em { $server }.
# Uma chave não excluída ($reason: o motivo).
fleet-delete-failure = chave { $id } em { $server }: { $reason }
# Por que não foi pedido a um servidor que excluísse.
fleet-not-connected = não conectado

## Todos os servidores: Criar nos servidores.

fleet-create-title = Criar nos servidores
fleet-create-hint = Uma chave em cada servidor conectado (por exemplo, a chave de um sistema de monitoramento): o valor é diferente em cada servidor e é exibido uma única vez.
fleet-invalid-addresses = Endereços IP: { $reason }
fleet-need-address = Informe pelo menos um endereço IP para as chaves em todos os servidores.
fleet-connect-first = Conecte primeiro pelo menos um servidor (escolha-o em Servidor).
fleet-keys-created = Chaves criadas: copie-as agora, cada uma é exibida uma única vez.
fleet-keys-created-elsewhere = Chaves criadas nos servidores: abra Todos os servidores para copiá-las (cada uma é exibida uma única vez).
fleet-new-keys-title = Novas chaves
# Antes da nova chave de um servidor.
fleet-new-key-server = { $server }:
fleet-copy = Copiar
fleet-copy-key-of = Copiar a chave de { $server }
fleet-copied = A chave foi copiada para a área de transferência.
fleet-copy-failed = Falha ao copiar ({ $reason }): selecione a chave e copie-a manualmente.
fleet-not-created = { $server }: nenhuma chave foi criada: { $reason }
fleet-copy-warning = Copie-as agora: o Plesk guarda apenas hashes e não poderá exibir estas chaves novamente.
fleet-copy-all = Copiar todas
fleet-copied-all = As novas chaves foram copiadas como linhas NAME=value.
fleet-copy-all-failed = Falha ao copiar ({ $reason }): selecione as chaves e copie-as manualmente.
fleet-dismiss = Descartar

## Todos os servidores: Localizar em todos os servidores.

fleet-find-title = Localizar em todos os servidores
fleet-find-label = Valor ou ID da chave
fleet-give-one-key = Informe um valor ou ID de chave.
fleet-no-result = O Plesk não enviou nenhum resultado
# A frase que diz onde uma chave é válida: suas orações (abaixo) separadas por ponto e vírgula.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Não é válida em nenhum servidor
fleet-valid-on-one = Válida em { $server }
# $servers: cada servidor como "fleet-found-as", separados por vírgulas.
fleet-valid-on-several = Válida em { $count } servidores, como uma chave separada em cada um: { $servers }
fleet-found-as = { $server } como chave { $id }
fleet-not-found-on = não encontrada em { $servers }
# $servers: cada servidor como "fleet-failed-on", separados por ponto e vírgula.
fleet-could-not-ask = não foi possível consultar { $servers }
fleet-failed-on = { $server }: { $reason }
