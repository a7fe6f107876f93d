### Plesk 错误代码的含义，用通俗的话说明（面板和 CLI 通用）。

plesk-error-1001 = Plesk 拒绝了登录名和密码。请检查两者后重试。
plesk-error-1005 = Plesk 不支持此请求所要求的 XML API 协议版本。
plesk-error-1006 = Plesk 只允许管理员管理 API 密钥：请向管理员索取密钥，或使用需要登录的门户。
plesk-error-1011 = 该 Plesk 帐户已停用。必须先由管理员启用。
plesk-error-1012 = 多次尝试失败后，该 Plesk 登录已被锁定。请稍候，或请管理员解锁。
plesk-error-1013 = Plesk 中没有这个密钥（可能已被删除）。
plesk-error-1014 = Plesk 无法理解请求数据包。
plesk-error-1015 = Plesk 中没有使用该所有者登录名的活动经销商或客户。
plesk-error-1017 = Plesk 在此处不支持该操作。
plesk-error-1019 = Plesk 以无效为由拒绝了请求中的一个值。
plesk-error-1023 = Plesk 无法完成该操作。
plesk-error-1029 = 请求中没有凭据：请使用 API 密钥，或使用登录名和密码连接。
plesk-error-11003 = Plesk 拒绝了该密钥：很可能它绑定的 IP 地址与 Plesk 看到的地址不同（经由网关时为网关的地址）。18.0.33 之前的 Plesk 版本对不存在的密钥也会这样提示。
plesk-error-other = Plesk 报告了本面板不认识的错误。
