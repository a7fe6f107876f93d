### 面板的密钥列表：工具栏、密钥表格（筛选、计数、选择、分页、行、密钥健康状况的用语）、
### 使用密码登录后的建议、查询和导出。

## 密钥列表页面。

keys-title = 密钥
keys-skip-to-create = 跳至“创建密钥”
keys-toolbar-label = 密钥列表操作
keys-refresh = 刷新
keys-export-csv = 导出 CSV
keys-export-json = 导出 JSON
keys-select-first = 请先选择至少一个密钥。
keys-export-not-loaded = 无法加载导出功能（网络是否已断开？）。未保存任何内容；请重试。
keys-empty = 还没有密钥。请使用“创建密钥”表单创建一个。
# 删除已勾选密钥的按钮；勾选后显示数量。
keys-delete-selected = { $count ->
    [0] 删除所选密钥
   *[other] 删除所选密钥（{ $count }）
}

## 列表上方的状态行（$time：本地时间，HH:MM:SS）。

keys-loading = 正在加载密钥…
keys-refreshing = 正在刷新…
keys-refreshed-at = 上次刷新时间：{ $time }。

## 使用密码登录后：为此浏览器创建密钥。

keys-offer-title = 已使用密码登录
keys-offer-text = 密码仅保存在内存中。是否为此浏览器创建一个 API 密钥，并从现在起使用它？
keys-offer-create = 为此浏览器创建密钥
keys-offer-new-key-note = 这是为此浏览器创建的密钥，已绑定到 Plesk 看到的地址。面板现已改用此密钥；您的密码已被清除。
keys-offer-created = 已为此浏览器创建密钥；面板现已改用此密钥。
keys-offer-failed = 未创建密钥：{ $error }

## 表格的筛选、计数和选择。

keys-filter-label = 筛选密钥
keys-filter-placeholder = ID、地址、描述或所有者
keys-owner-filter = 所有者
keys-owner-filter-all = 全部所有者
keys-needs-attention = 需要关注（{ $count }）
keys-count = { $count ->
   *[other] { $count } 个密钥
}
keys-count-shown = 已显示 { $total } 个中的 { $shown } 个
keys-selection = 已选择 { $selected } 个
keys-selection-hidden = 已选择 { $selected } 个，其中 { $hidden } 个被筛选条件隐藏
keys-clear-selection = 清除选择
keys-no-match = 没有与筛选条件匹配的密钥。
keys-clear-filter = 清除筛选

## 分页（表格上方和下方）。

keys-pages-above = 表格上方的分页
keys-pages = 分页
keys-page-previous = 上一页
keys-page-next = 下一页
keys-page-of = 第 { $page } 页，共 { $pages } 页

## 表格：标题、列标题（在窄屏上也用作卡片的标签）和行。

keys-table-caption = 密钥
keys-select-all = 选择所有显示的密钥
keys-select-all-hint = 选择筛选结果中的所有密钥（包括所有页）
keys-column-server = 服务器
keys-column-id = ID
keys-column-addresses = IP 地址
keys-column-description = 描述
keys-column-owner = 所有者
keys-column-health = 健康状况
keys-column-actions = 操作
keys-any-address = 任意地址（无 IP 限制）
keys-this-browser = 此浏览器
# Plesk 拒绝删除某个密钥时，显示在其描述之后（$reason：Plesk 给出的原因）。
keys-not-deleted = 未删除：{ $reason }
# 面向用户称呼某个密钥的方式（用于按钮名称和句子中）。
keys-name = 密钥 { $id }
keys-name-on-server = 密钥 { $id }（{ $server }）
keys-select-named = 选择{ $name }
keys-rotate = 轮换
keys-edit = 编辑
keys-delete = 删除
keys-rotate-named = 轮换{ $name }
keys-edit-named = 编辑{ $name }
keys-delete-named = 删除{ $name }

## 表格中的密钥健康状况（原因和建议见 health.ftl）。

keys-health-danger = 危险
keys-health-warning = 警告
keys-health-note = 提示
# 屏幕阅读器在级别之后朗读：“危险（密钥 5）”。
keys-health-for = （{ $name }）
keys-health-rotate-it = 轮换此密钥
keys-health-delete-it = 删除此密钥
keys-health-rotate-named = 按建议轮换{ $name }
keys-health-delete-named = 按建议删除{ $name }

## 删除。

keys-deleted = { $count ->
   *[other] 已删除 { $count } 个密钥。
}
# $failures：一个或多个 keys-failure，以 keys-failure-separator 连接。
keys-deleted-some-failed = { $count ->
   *[other] 已删除 { $count } 个密钥；未删除：{ $failures }
}
keys-failure = 密钥 { $id }：{ $reason }
keys-failure-separator = { "；" }

## 状态行（会向屏幕阅读器播报）。

keys-status-label = 状态

## 查询。

lookup-title = 查询密钥
lookup-keys-label = 要查询的密钥
lookup-keys-hint = 密钥值或 ID，每行一个或以逗号分隔。
lookup-submit = 查询
lookup-results-label = 查询结果
lookup-done = 查询：共 { $total } 个，找到 { $found } 个。
# 每个查询的密钥一行（$reference：输入的密钥，已缩短）。
lookup-found = { $reference }：已找到 — ID { $id }，{ $addresses }，“{ $description }”，所有者 { $owner }
lookup-found-no-description = { $reference }：已找到 — ID { $id }，{ $addresses }，无描述，所有者 { $owner }
lookup-not-found = { $reference }：未找到（Plesk 错误 1013）
lookup-failed = { $reference }：{ $error }

## 导出（文件内容保持英文，以便脚本处理）。

export-done = { $count ->
   *[other] 已将 { $count } 个密钥导出到 { $file }。
}
export-failed = 导出失败：{ $reason }。
export-cannot-build = 无法生成文件
export-cannot-offer = 无法提供文件下载
