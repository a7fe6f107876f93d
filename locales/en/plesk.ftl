### What Plesk's error codes mean, in plain words (the panel and the CLI alike).

plesk-error-1001 = Plesk refused the login and password. Check both and try again.
plesk-error-1005 = Plesk does not support the XML API protocol version this request asked for.
plesk-error-1006 = Plesk lets only the administrator manage API keys: ask your administrator for a key, or use a signed-in portal.
plesk-error-1011 = The Plesk account is disabled. An administrator must enable it first.
plesk-error-1012 = The Plesk login is locked after failed attempts. Wait, or ask the administrator to unlock it.
plesk-error-1013 = Plesk has no such key (it may have been deleted already).
plesk-error-1014 = Plesk could not understand the request packet.
plesk-error-1015 = Plesk has no active reseller or customer with that owner login.
plesk-error-1017 = Plesk does not support this operation here.
plesk-error-1019 = Plesk refused a value in the request as invalid.
plesk-error-1023 = Plesk could not complete the operation.
plesk-error-1029 = The request carried no credentials: connect with an API key, or a login and password.
plesk-error-11003 = Plesk refused the secret key: most likely it is bound to other IP addresses than the one Plesk sees (through a gateway, the gateway's address). Plesk versions before 18.0.33 also say this for a key that does not exist.
plesk-error-other = Plesk reported an error this panel does not know.
