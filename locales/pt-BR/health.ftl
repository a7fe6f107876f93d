### Saúde das chaves: o que há de errado com uma chave, ou merece atenção, e o que fazer (a coluna
### Saúde do painel e `plesk-keys report` igualmente).

## Níveis.

health-level-danger = perigo
health-level-warning = aviso
health-level-note = observação

## Proprietários.

health-owner-administrator = administrador
health-status-active = ativo
health-status-missing = ausente
health-status-unknown = desconhecido
health-status-number = status { $status }
health-flag-4 = em backup ou restauração
health-flag-16 = desativado pelo administrador
health-flag-32 = desativado pelo seu revendedor
health-flag-64 = desativado pelo cliente
health-flag-256 = expirado

## Motivos.

health-reason-owner-missing = O proprietário { $login } não existe mais no Plesk.
health-reason-owner-inactive = O proprietário { $login } não está ativo ({ $status }).
health-reason-anywhere-administrator = Uma chave de administrador não vinculada a nenhum endereço: ela funciona de qualquer lugar.
health-reason-anywhere-key = Esta chave não está vinculada a nenhum endereço: ela funciona de qualquer lugar.
health-reason-wide-administrator = Uma chave de administrador vinculada a { $range }, um intervalo maior que um /24 ou /64.
health-reason-wide-key = Esta chave está vinculada a { $range }, um intervalo maior que um /24 ou /64.
health-reason-public-among-private = Vinculada ao endereço público { $address }, enquanto os demais endereços são privados.
health-reason-service-address = Vinculada a { $address }, o endereço do servidor Plesk ou do serviço à frente dele: ela funciona para qualquer pessoa que consiga enviar requisições por ali.
health-reason-twins = Outras chaves do mesmo proprietário nos mesmos endereços: { $others }.
health-reason-no-description = Sem descrição: mais tarde ninguém saberá para que ela serve.

## O que fazer.

health-advice-owner-missing = Exclua-a.
health-advice-owner-inactive = Exclua-a se o proprietário tiver saído definitivamente.
health-advice-usable-from-anywhere = Rotacione-a com os endereços a partir dos quais ela é usada.
health-advice-public-among-private = Verifique o endereço público; edite a chave sem ele.
health-advice-service-address = Mantenha-a somente para uso por meio desse serviço; caso contrário, rotacione-a com os endereços das máquinas que a usam.
health-advice-twins = Exclua as chaves duplicadas que sobraram de uma rotação.
health-advice-no-description = Edite-a para informar para que ela serve.

## Uma constatação por linha: "perigo: O proprietário jdoe não existe mais no Plesk. Exclua-a."

health-finding = { $level }: { $reason } { $advice }
