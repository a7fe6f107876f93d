### plesk-keys 的客户端命令：在终端中阅读的消息（--json 输出的 JSON
### 以及其中的密钥值、ID 和地址从不翻译）。

## 凭据的来源。

cli-no-credential = 没有凭据：请设置 PLESK_KEY，或使用 --key-file FILE，或设置 PLESK_LOGIN 和 PLESK_PASSWORD
cli-key-file-unreadable = 无法读取密钥文件 { $path }：{ $detail }
cli-key-file-empty = 密钥文件 { $path } 为空
cli-half-login = 已设置 PLESK_LOGIN，但未设置 PLESK_PASSWORD（或者反过来）
cli-not-a-header = 凭据中含有 HTTP 标头无法携带的字符
cli-not-visible-ascii = 密钥或登录名中含有空格、控制字符或非 ASCII 字符（是否误粘贴？）；Plesk 和网关只接受可见的 ASCII 字符

## 连接哪台服务器。

cli-no-endpoint = 没有端点：请传入 --endpoint URL 或设置 PLESK_ENDPOINT（或使用 --servers FILE 配合 --server NAME）
cli-server-without-file = --server 需要配合 --servers FILE（或 PLESK_SERVERS）使用
cli-servers-file = --servers：{ $detail }
cli-ambiguous-server = { $file } 中列出了 { $count } 台服务器：请用 --server NAME 选择一台（list、info 和 create 也可以使用 --server all）
cli-unknown-server = { $file } 中没有服务器 { $name }（其中有：{ $known }）
cli-no-server-key = 服务器 { $name } 没有密钥：请将其保存为 --key-dir DIR 中的 { $name }.key，或设置 { $variable }
cli-key-file-readable = 密钥文件 { $path } 可能可被同组用户或其他用户读取：请对其执行 chmod 600（其中保存着密钥）
cli-key-file-with-servers = --key-file 只能保存一个密钥：使用 --servers 时，请为每台服务器分别提供密钥（--key-dir DIR 或 PLESK_KEY_<NAME>）
cli-one-server-only = delete 和 rotate 只能作用于一台服务器：请用 --server NAME 选择（--server all 仅适用于 list、info、create）
cli-unknown-language = 没有语言 { $tag }：可选语言为 { $known }
cli-no-server = 没有可连接的服务器

## 命令行中指定的密钥。

cli-stdin-unreadable = 无法从标准输入读取密钥：{ $detail }
cli-no-keys-asked = 未指定任何密钥
cli-key-in-argument = 警告：作为参数传入的密钥值对本机的其他用户可见；请使用 `-` 通过标准输入传入密钥值。

## --dry-run：将会发送的内容。

cli-dry-run-target = POST { $url }（未发送任何内容：--dry-run）
cli-dry-run-server-target = POST { $url }（服务器 { $server }；未发送任何内容：--dry-run）
cli-dry-run-rotate = （随后：创建该密钥的副本，并且仅在创建成功后才删除旧密钥）

## 命令的输出。

cli-key-id = 密钥 { $id }
cli-key-value = 密钥值 { $start }…
cli-no-keys = 没有密钥。
cli-new-key = 新密钥（仅显示这一次；Plesk 无法再次显示）：{ $key }
cli-deleted = 已删除 { $key }
cli-keys-not-shown =
    { $count ->
       *[other] { $count } 个密钥未显示
    }
cli-keys-not-deleted =
    { $count ->
       *[other] { $count } 个密钥未删除
    }
cli-rotate-not-found = 未找到要轮换的密钥
cli-rotate-old-kept = { $reason }；已保留旧密钥 { $id }
cli-rotate-old-deleted = 已删除旧密钥 { $id }
cli-rotate-old-not-deleted = 新密钥已创建，但无法删除旧密钥 { $id }：请手动删除

## 同时操作多台服务器（--server all）。

cli-request-task-failed = 一个请求任务失败：{ $detail }
cli-server-failed = 服务器 { $server }：{ $reason }
cli-servers-failed =
    { $count ->
       *[other] { $count } 台服务器中有 { $failed } 台失败（{ $names }）；{ $consequence }
    }
cli-others-keys-shown = 已显示其他服务器的密钥
cli-others-answers-shown = 已显示其他服务器的响应
cli-no-key-made-there = 失败的服务器上未创建密钥
cli-found-on-no-server = { $key }：在所有服务器上均未找到
cli-found-on = { $key }：在 { $servers } 上找到
cli-keys-found-nowhere =
    { $count ->
       *[other] { $count } 个密钥在所有服务器上均未找到
    }
cli-new-keys = 新密钥（仅显示这一次；Plesk 无法再次显示）：

## 通往服务器的路径。

cli-not-a-url = '{ $url }' 不是 URL；请提供 Plesk 基础 URL，例如 https://plesk.example.com:8443
cli-not-https = '{ $url }' 必须以 https:// 开头（回环测试可用 http://）
cli-not-a-base = '{ $url }' 必须是不含查询或片段的基础 URL
cli-user-in-url = 拒绝在主机前带有用户名或密码的 URL（user:password@host）：它会显示在标签和日志中，而 Plesk 只从标头读取凭据；请改为在密钥文件或面板中提供密钥
cli-timeout = { $seconds } 秒内没有应答
cli-unreachable = 无法连接 { $url }：{ $detail }
cli-redirect = 服务器以重定向（HTTP { $status }）应答，重定向从不跟随
cli-answer-too-large = 应答超过 { $bytes } 字节
cli-answer-unreadable = 无法读取应答：{ $detail }
cli-answer-not-utf8 = 应答不是 UTF-8
cli-http-status = 来自 { $url } 的 HTTP { $status }：{ $body }

## report。

cli-no-findings = 无
cli-report-finding = 密钥 { $id }：{ $finding }
cli-report-fail-on =
    { $count ->
       *[other] { $count } 个密钥存在“{ $level }”或更严重级别的问题
    }
cli-customers = 客户
cli-resellers = 经销商
cli-owners-unknown = 所有者状态未知（查询{ $what }时：{ $reason }）

## 表格和警告。

cli-column-server = 服务器
cli-column-id = ID
cli-column-addresses = IP 地址
cli-column-description = 描述
cli-column-owner = 所有者
cli-column-owner-status = 所有者状态
cli-column-findings = 发现的问题
cli-list-separator = { "、" }
cli-any-address = 任意地址（无 IP 限制）
cli-plain-http = 警告：{ $url } 是连接到另一台机器的未加密 http://：密钥或密码将以明文在网络上传输；请使用 https://

## Plesk 的错误：Plesk 自己的文本保持 Plesk 发送时的原样，放在引号中。

cli-plesk-error = Plesk 错误 { $code }：{ $text }
cli-plesk-error-explained = Plesk 错误 { $code }：{ $text }（{ $explanation }）
