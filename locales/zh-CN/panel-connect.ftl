### 面板：连接（连接表单和登录表单、会话、空闲超时、主题切换）、门户登录与密钥移交，以及多台服务器（“服务器”选择器、所有服务器）。

## 连接表单。

connect-title = 连接到 Plesk
connect-key-label = API 密钥
connect-need-key = 请先粘贴 API 密钥（即 Plesk 密钥）。
connect-keep-legend = 密钥保存方式
connect-keep-tab = 保存在此标签页中（重新加载此标签页后仍保留）
connect-keep-memory = 仅保存在内存中（重新加载后清除）
connect-button = 连接
connect-checking-key = 正在检查密钥…
connect-retry = 重试

## 登录表单（登录名和密码）。

connect-sign-in-summary = 使用登录名和密码登录
connect-sign-in-hint = 适用于尚无密钥的管理员。密码仅保存在此页面的内存中；登录后即可立即为此浏览器创建密钥。
connect-login-label = 登录名
connect-password-label = 密码
connect-need-login = 请同时填写登录名和密码。
connect-sign-in-button = 登录
connect-checking = 正在检查…

## Plesk 对凭据的答复（$error：Plesk 或连接给出的错误）。

connect-refused = Plesk 拒绝了此凭据：{ $error }
connect-unreachable = 无法向 Plesk 发出请求：{ $error }

## 页眉中的“连接到哪里、以谁的身份”：面板所连接的主机，以及凭据的登录名。

connect-where-and-who = { $host } — { $login }

## 会话。

session-storage-unavailable = 此浏览器不允许面板使用会话存储（隐私模式或存储被阻止）；密钥仅保存在此页面的内存中。

## 空闲超时。

# $seconds：距离注销剩余的整秒数。
idle-warning = 已有一段时间没有活动：将在 { $seconds } 秒后注销。要继续使用，请点击“保持登录”。
idle-stay = 保持登录

## 主题切换。

theme-dark = 深色主题

## 通过门户登录（由服务告知当前登录的用户）。

# $error：无法查询该服务的原因。
portal-session-unreachable = 面板无法查询当前登录的用户（{ $error }）。
portal-no-server = 您已登录，但没有向您开放的服务器。请向管理员申请访问权限。
portal-session-unreadable = 无法读取服务关于当前登录用户的应答。
# $status：服务应答的 HTTP 状态码。
portal-not-signed-in = 您尚未登录（HTTP { $status }）。请通过您的门户打开面板。

## 嵌入面板的门户所移交的密钥。

# $name：门户给出的服务器名称。
portal-no-such-server = 没有名为“{ $name }”的服务器
# 一个被拒绝的密钥：$server 为服务器的标签；$problem 为被拒绝的原因。
portal-problem-on-server = { $server }：{ $problem }
# $problems：所有被拒绝的密钥，以分号分隔。
portal-keys-not-used = 未使用门户移交的密钥：{ $problems }。
portal-connected = 已使用门户移交的密钥连接（仅保存在内存中）。
# $servers：已连接服务器的标签，以逗号分隔。
portal-connected-to = 已使用门户移交的密钥连接到 { $servers }（仅保存在内存中）。

## “服务器”选择器。

fleet-server-label = 服务器
fleet-all-servers = 所有服务器

## 所有服务器：列出每台服务器密钥的表格。

fleet-actions-label = 密钥列表操作
fleet-refresh = 刷新
fleet-export-csv = 导出 CSV
fleet-export-json = 导出 JSON
fleet-show-server = 显示的服务器
fleet-every-server = 全部服务器
fleet-servers-label = 服务器
fleet-empty = 这些服务器上还没有密钥。
fleet-one-server-hint = 轮换和编辑只能在单台服务器上进行：请在“服务器”中选择该服务器。
# 表格上方某台服务器的状态行（$server：其标签）。
fleet-status-not-connected = { $server }：未连接（在“服务器”中选择它即可连接）
fleet-status-loading = { $server }：正在加载…
fleet-status-keys = { $server }：{ $count ->
       *[other] { $count } 个密钥
    }
fleet-status-refreshing = { $server }：正在刷新…（已显示 { $count } 个）
# $reason：无法列出该服务器密钥的原因。
fleet-status-failed = { $server }：{ $reason }
# 表格下方的计数行。
fleet-loading-from = 正在从 { $count ->
       *[other] { $count } 台服务器
    }加载密钥…
fleet-count = { $servers ->
       *[other] { $servers } 台服务器
    }中的 { $loaded } 台上共有 { $keys ->
       *[other] { $keys } 个密钥
    }
fleet-count-refreshing = { $servers ->
       *[other] { $servers } 台服务器
    }中的 { $loaded } 台上共有 { $keys ->
       *[other] { $keys } 个密钥
    }（{ $refreshing } 台正在刷新）
# 某一行“删除”按钮的名称。
fleet-delete-key-on = 删除 { $server } 上的密钥 { $id }

## 所有服务器：删除密钥。

fleet-delete-one-title = 删除 { $server } 上的密钥 { $id }？
fleet-delete-on-server-title = 删除 { $server } 上的 { $count } 个密钥？
fleet-delete-on-servers-title = 删除 { $servers } 台服务器上的 { $count } 个密钥？
fleet-delete-warning = { $count ->
        [1] 此密钥将在其服务器上立即失效。此操作无法撤销：
       *[other] 这些密钥将在各自的服务器上立即失效。此操作无法撤销：
    }
# 确认列表中的一个密钥。
fleet-delete-item = { $server } 上的密钥 { $id }
fleet-key-deleted = 已删除 { $server } 上的密钥 { $id }。
# 一个未删除的密钥（$reason：原因）。
fleet-delete-failure = { $server } 上的密钥 { $id }：{ $reason }
# 未请求某台服务器执行删除的原因。
fleet-not-connected = 未连接

## 所有服务器：在服务器上创建。

fleet-create-title = 在服务器上创建
fleet-create-hint = 在每台已连接的服务器上各创建一个密钥（例如供监控系统使用的密钥）：每台服务器上的密钥值各不相同，且只显示一次。
fleet-invalid-addresses = IP 地址：{ $reason }
fleet-need-address = 请至少为各服务器上的密钥提供一个 IP 地址。
fleet-connect-first = 请先连接至少一台服务器（在“服务器”中选择）。
fleet-keys-created = 密钥已创建：请立即复制，每个密钥只显示一次。
fleet-keys-created-elsewhere = 已在服务器上创建密钥：请打开“所有服务器”进行复制（每个密钥只显示一次）。
fleet-new-keys-title = 新密钥
# 显示在某台服务器的新密钥之前。
fleet-new-key-server = { $server }：
fleet-copy = 复制
fleet-copy-key-of = 复制 { $server } 的密钥
fleet-copied = 密钥已复制到剪贴板。
fleet-copy-failed = 复制失败（{ $reason }）：请选中密钥并手动复制。
fleet-not-created = { $server }：未创建密钥：{ $reason }
fleet-copy-warning = 请立即复制：Plesk 只保存哈希值，无法再次显示这些密钥。
fleet-copy-all = 全部复制
fleet-copied-all = 新密钥已复制为 NAME=value 格式的行。
fleet-copy-all-failed = 复制失败（{ $reason }）：请选中这些密钥并手动复制。
fleet-dismiss = 关闭

## 所有服务器：在所有服务器上查找。

fleet-find-title = 在所有服务器上查找
fleet-find-label = 密钥值或 ID
fleet-give-one-key = 请提供一个密钥值或 ID。
fleet-no-result = Plesk 未返回结果
# 说明密钥在何处有效的句子：由下列分句以分号连接而成。
fleet-found-summary = { $clauses }。
fleet-valid-nowhere = 在所有服务器上均无效
fleet-valid-on-one = 在 { $server } 上有效
# $servers：每台服务器按“fleet-found-as”的格式，以逗号分隔。
fleet-valid-on-several = 在 { $count } 台服务器上有效，每台上都是独立的密钥：{ $servers }
fleet-found-as = { $server }（密钥 { $id }）
fleet-not-found-on = 在 { $servers } 上未找到
# $servers：每台服务器按“fleet-failed-on”的格式，以分号分隔。
fleet-could-not-ask = 无法查询 { $servers }
fleet-failed-on = { $server }：{ $reason }
