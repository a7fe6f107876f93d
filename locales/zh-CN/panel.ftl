### 面板：其框架（页眉、语言、会话）以及通用词语。

## 页眉。

app-title = Plesk Key Panel
app-signed-in-as = 当前登录身份
app-connected-to = 已连接到
app-sign-out = 退出登录
app-log-out = 注销
app-sign-in = 登录
app-signing-in = 正在登录…
app-logged-out = 已注销：密钥已从此标签页中清除。
app-logged-out-idle = 由于一段时间内没有活动，已自动注销：密钥已从此标签页中清除。

## 语言菜单。

language-label = 语言
language-not-shipped = 此面板在构建时未包含该语言的文件。
language-not-fetched = 无法获取该语言的文件：{ $detail }
language-mismatch = 该语言的文件与此面板不匹配（版本较新或较旧）：请重新加载页面。

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { "、" }
