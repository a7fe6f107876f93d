### 用通俗的话说明 Plesk 错误代码的含义（面板和 CLI 通用）。

plesk-error-1001 = Plesk 拒绝了登录名和密码。请检查两者后重试。
plesk-error-1005 = Plesk 不支持此请求所要求的 XML API 协议版本。
plesk-error-1006 = Plesk 只允许管理员管理 API 密钥：请向管理员申请密钥，或使用已登录的门户。
plesk-error-1011 = 该 Plesk 账户已被禁用，必须先由管理员启用。
plesk-error-1012 = 由于多次登录失败，该 Plesk 登录名已被锁定。请稍后再试，或请管理员解锁。
plesk-error-1013 = Plesk 中没有这个密钥（可能已被删除）。
plesk-error-1014 = Plesk 无法解析请求数据包。
plesk-error-1015 = Plesk 中没有使用该所有者登录名的活动经销商或客户。
plesk-error-1017 = Plesk 不支持在此处执行该操作。
plesk-error-1019 = Plesk 认为请求中的某个值无效，予以拒绝。
plesk-error-1023 = Plesk 无法完成该操作。
plesk-error-1029 = 请求中未携带凭据：请使用 API 密钥，或使用登录名和密码进行连接。
plesk-error-11003 = Plesk 拒绝了该密钥：很可能该密钥绑定的 IP 地址不是 Plesk 看到的地址（经由网关时，Plesk 看到的是网关的地址）。18.0.33 之前的 Plesk 版本对不存在的密钥也会报告此错误。
plesk-error-other = Plesk 报告了一个本面板无法识别的错误。
