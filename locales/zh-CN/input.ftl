### 输入的内容中无法发送给 Plesk 的部分：地址、密钥列表、描述和登录名
### （即 CLI 的参数，将来也包括面板中的字段）。

## XML 无法承载的字符（字符编码以 U+XXXX 表示，位置从 1 开始计数）。

input-forbidden-description = 描述中含有 XML 无法承载的字符（位置 { $position } 处的 U+{ $code }）；请将其删除。
input-forbidden-login = 所有者登录名中含有 XML 无法承载的字符（位置 { $position } 处的 U+{ $code }）；请将其删除。
input-forbidden-key = 密钥中含有 XML 无法承载的字符（位置 { $position } 处的 U+{ $code }）；请将其删除。
input-forbidden-addresses = IP 地址列表中含有 XML 无法承载的字符（位置 { $position } 处的 U+{ $code }）；请将其删除。

## 过长。

input-too-long-description = 描述长度为 { $length } 个字符；最多允许 { $max } 个。
input-too-long-login = 所有者登录名长度为 { $length } 个字符；最多允许 { $max } 个。
input-too-long-key = 密钥长度为 { $length } 个字符；最多允许 { $max } 个。
input-too-long-addresses = IP 地址列表长度为 { $length } 个字符；最多允许 { $max } 个。

## 为空。

input-empty-description = 描述为空。
input-empty-login = 所有者登录名为空。
input-empty-key = 密钥为空。
input-empty-addresses = IP 地址列表为空。

## IP 地址。

input-addresses = IP 地址：{ $reason }
input-not-an-address = '{ $entry }' 不是 IPv4 或 IPv6 地址。
input-not-addresses = 以下内容不是 IPv4 或 IPv6 地址：{ $entries }。
input-list-and = { $first } 和 { $last }
input-listed-twice = { $address } 被列出了两次。
input-too-many-addresses = 地址数量 { $count } 过多；一个密钥最多只能绑定 { $max } 个地址。

## 密钥。

input-no-key = 未指定密钥：请至少提供一个密钥值或 ID。
input-too-many-keys = 密钥数量 { $count } 对单个请求来说过多；最多 { $max } 个。
input-entry = 第 { $position } 项：{ $reason }
input-old-key-unusable = 要替换的密钥没有可用的 ID：{ $reason }
