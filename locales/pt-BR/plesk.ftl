### O que os códigos de erro do Plesk significam, em palavras simples (o painel e a CLI igualmente).

plesk-error-1001 = O Plesk recusou o login e a senha. Verifique os dois e tente novamente.
plesk-error-1005 = O Plesk não oferece suporte à versão do protocolo XML API pedida por esta solicitação.
plesk-error-1006 = O Plesk permite que apenas o administrador gerencie chaves de API: peça uma chave ao seu administrador ou use um portal com login.
plesk-error-1011 = A conta do Plesk está desativada. Um administrador precisa ativá-la primeiro.
plesk-error-1012 = O login do Plesk está bloqueado após tentativas malsucedidas. Aguarde ou peça ao administrador que o desbloqueie.
plesk-error-1013 = O Plesk não tem essa chave (talvez ela já tenha sido excluída).
plesk-error-1014 = O Plesk não conseguiu entender o pacote da solicitação.
plesk-error-1015 = O Plesk não tem nenhum revendedor ou cliente ativo com esse login de proprietário.
plesk-error-1017 = O Plesk não oferece suporte a esta operação aqui.
plesk-error-1019 = O Plesk recusou um valor da solicitação como inválido.
plesk-error-1023 = O Plesk não conseguiu concluir a operação.
plesk-error-1029 = A solicitação não trazia credenciais: conecte-se com uma chave de API ou com login e senha.
plesk-error-11003 = O Plesk recusou a chave secreta: muito provavelmente ela está vinculada a endereços IP diferentes daquele que o Plesk vê (através de um gateway, o endereço do gateway). Versões do Plesk anteriores à 18.0.33 também dizem isso para uma chave que não existe.
plesk-error-other = O Plesk informou um erro que este painel não conhece.
