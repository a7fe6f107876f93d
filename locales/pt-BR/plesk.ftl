### O que os códigos de erro do Plesk significam, em palavras simples (no painel e na CLI).

plesk-error-1001 = O Plesk recusou o login e a senha. Verifique os dois e tente novamente.
plesk-error-1005 = O Plesk não oferece suporte à versão do protocolo XML API solicitada nesta requisição.
plesk-error-1006 = No Plesk, somente o administrador pode gerenciar chaves de API: peça uma chave ao seu administrador ou use um portal no qual você esteja conectado.
plesk-error-1011 = A conta do Plesk está desativada. Um administrador precisa ativá-la primeiro.
plesk-error-1012 = O login do Plesk foi bloqueado após tentativas malsucedidas. Aguarde ou peça ao administrador que o desbloqueie.
plesk-error-1013 = O Plesk não tem essa chave (talvez ela já tenha sido excluída).
plesk-error-1014 = O Plesk não conseguiu entender o pacote da requisição.
plesk-error-1015 = O Plesk não tem nenhum revendedor ou cliente ativo com esse login de proprietário.
plesk-error-1017 = O Plesk não oferece suporte a esta operação aqui.
plesk-error-1019 = O Plesk recusou um valor da requisição por ser inválido.
plesk-error-1023 = O Plesk não conseguiu concluir a operação.
plesk-error-1029 = A requisição não trazia credenciais: conecte-se com uma chave de API ou com login e senha.
plesk-error-11003 = O Plesk recusou a chave secreta: muito provavelmente ela está vinculada a endereços IP diferentes daquele que o Plesk vê (através de um gateway, o endereço do gateway). Versões do Plesk anteriores à 18.0.33 também informam isso para uma chave que não existe.
plesk-error-other = O Plesk informou um erro que este painel não conhece.
