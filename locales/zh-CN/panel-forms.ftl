### 面板的表单和对话框：创建、密钥的设置、新密钥、删除、轮换和编辑、数据包检查器、
### 首次使用时才加载的部分，以及面板与 Plesk 之间可能出现的问题。

## 创建密钥。

create-title = 创建密钥
create-bind-label = 绑定到 Plesk 看到的地址
create-bind-hint = 不指定地址时，Plesk 会将密钥绑定到请求的来源地址：经由网关时，即为网关的地址。
create-submit = 创建密钥
create-no-address = 请至少提供一个 IP 地址，或勾选“绑定到 Plesk 看到的地址”。
# 未填写描述就点击“创建密钥”时提示一次。
create-empty-description = 请添加描述，以便日后区分此密钥；或再次点击“创建密钥”，不带描述直接创建。
create-created = 密钥已创建。请立即复制：它只显示一次。
# 显示在新密钥下方：它所绑定的地址（$addresses：IP 地址）。
create-bound-to = 已绑定到 { $addresses }。
create-bound-to-sender = 已绑定到 Plesk 看到的地址。

## 密钥的设置（创建、编辑、在服务器上创建）。

settings-addresses-label = IP 地址
settings-no-address = 请至少提供一个 IP 地址。
settings-description-label = 描述
settings-owner-label = 所有者登录名
settings-choose-owner = 选择所有者
settings-owner-hint = 可选：经销商或客户的登录名。留空则密钥归您所有。

## IP 地址字段（输入时即进行检查）；密文字段。

field-no-address = 没有地址：如仍要创建密钥，请勾选“绑定到 Plesk 看到的地址”。
field-valid-addresses = { $count ->
   *[other] { $count } 个有效地址。
}
field-typing = 请继续输入：最后一个地址尚不完整。
field-show-key = 显示密钥

## 新密钥，只显示一次。

new-key-title = 新密钥
new-key-warning = 请立即复制：Plesk 只保存其哈希值，无法再次显示此密钥。关闭后，它将从此页面消失。
new-key-copy = 复制
new-key-dismiss = 关闭
new-key-copied = 新密钥已复制到剪贴板。
# $reason：原因，例如 new-key-clipboard-refused。
new-key-copy-failed = 复制失败（{ $reason }）：请选中密钥并手动复制。
new-key-clipboard-refused = 浏览器拒绝了剪贴板访问

## 对话框。

dialog-delete = 删除
dialog-cancel = 取消

## 删除。

delete-title = 删除密钥 { $id }？
delete-title-keys = 删除 { $count } 个密钥？
delete-warning = { $count ->
    [1] 此密钥将立即失效。此操作无法撤销：
   *[other] 这些密钥将立即失效。此操作无法撤销：
}
# 待删除密钥列表中的一项：其 ID、描述和所有者登录名。
delete-key-label = 密钥 { $id }（{ $description }；{ $owner }）
delete-no-description = 无描述
delete-no-owner = 无所有者
delete-own-warning = 其中一个是此面板正在使用的密钥：删除后您将被注销。
# $summary：已删除和未删除的内容。
delete-own-deleted = { $summary }此面板自身的密钥已被删除：您已被注销。

## 轮换和编辑。

rotate-title = 轮换密钥 { $id }
rotate-edit-title = 编辑密钥 { $id }
rotate-explanation = 将使用相同的地址（{ $addresses }）、描述和所有者创建一个新密钥。只有在创建成功并经您确认后，才会删除旧密钥 { $id }。
rotate-edit-hint = Plesk 没有更新密钥的操作：保存时会使用这些设置创建一个新密钥；只有在创建成功并经您确认后，才会删除旧密钥。
rotate-any-address-warning = 此密钥可从任何地址使用。Plesk 的 XML API 无法创建这样的密钥：新密钥将绑定到所提供的地址；如未提供地址，则绑定到 Plesk 看到的地址（即此面板的网关）。
rotate-create = 创建新密钥
rotate-save = 另存为新密钥
rotate-replaces = 替换密钥 { $id }。
rotate-created = 新密钥已创建。请复制它，然后决定是否删除密钥 { $id }。
rotate-create-failed = 未创建新密钥；已保留密钥 { $id }：{ $reason }
rotate-delete-old-question = 新密钥现已生效。是否删除旧密钥 { $id }？
rotate-own-warning = 旧密钥是此面板正在使用的密钥：删除后您将被注销。
rotate-delete-old = 删除旧密钥 { $id }
rotate-keep-old = 保留旧密钥
rotate-kept = 已保留密钥 { $id }；现在两个密钥均可使用。
rotate-deleted = 已删除密钥 { $id }；新密钥将取而代之。
rotate-own-deleted = 已删除密钥 { $id }。它是此面板自身的密钥：请使用新密钥连接。
rotate-not-deleted = 密钥 { $id } 未删除：{ $reason }
rotate-no-result = 密钥 { $id }：Plesk 未返回结果。

## 数据包检查器。

inspector-title = 数据包检查器
inspector-hint = 最近的请求和响应，其中的密钥值和密码已被去除。
inspector-copy-curl = 复制为 curl
inspector-exchange = 交互 { $number }
inspector-request = 请求 { $number }
inspector-response = 响应 { $number }
inspector-no-request = 尚无请求。
# $variable：代表密钥的 shell 变量（$PLESK_KEY）。
inspector-copied = 已将最后一个请求复制为 curl 命令（密钥以 { $variable } 表示）。
inspector-copy-failed = 复制失败：浏览器拒绝了剪贴板访问。
inspector-too-long = （未显示：{ $size } 字节，超过检查器可显示的 { $limit } 字节；查看长列表请使用命令行客户端）
inspector-not-utf8 = （未显示：数据包不是 UTF-8 文本）
# $reason：数据包不是检查器可显示的 XML 的原因（api-xml-…）。
inspector-not-shown = （未显示：{ $reason }）

## 首次使用时才获取的面板部分。

part-loading = 正在加载…
part-loading-dialog = 正在加载面板的这一部分…
part-not-loaded = 无法加载面板的这一部分（网络是否已断开？）。
part-failed-title = 无法打开
part-retry = 重试

## 面板与 Plesk 之间。

api-network = 面板无法连接到 agent 端点（{ $detail }）。请检查网络连接以及网关是否正在运行。
api-timeout = { $seconds } 秒内没有应答。网关或 Plesk 可能负载过高；请重试。
api-too-large = 网关以请求过大为由拒绝了该请求（HTTP 413）。
api-bad-gateway = 网关无法连接到 Plesk 服务器（HTTP 502）。Plesk 可能已停止运行，或者网关指向了错误的地址。
api-gateway-timeout = Plesk 服务器未能及时应答网关（HTTP 504）。请重试；如果问题仍然存在，请检查 Plesk 服务器。
api-http = agent 端点返回了 HTTP { $status }，而不是 Plesk 数据包。
api-refused = 网关拒绝了该请求（HTTP { $status }）。
# 网关的拒绝，按其发送的代码（`x-plesk-keys-refusal`）区分，措辞与 `plesk-keys serve`
# 用英文写出的相同。
api-refusal-not-signed-in = 请先通过门户登录：此面板仅供已登录的用户使用。
api-refusal-session-ended = 您的会话已结束（已过期、已退出登录或从未开始）：请重新登录；您输入的内容仍保留在表单中。
api-refusal-identity-refused = 登录标头被拒绝（重复发送、不是纯文本、使用下划线拼写，或来自并非门户代理服务器的地址）。
api-refusal-cross-site = 只有面板自己的页面可以向此处发送请求（同源）。
api-refusal-server-out-of-scope = 您无权访问此服务器。
api-refusal-foreign-origin = 此源不允许使用 agent 路径。
api-unreadable = 无法读取应答：{ $reason }
api-unexpected-shape = Plesk 返回了 { $received } 个结果，而预期为 { $expected } 个；未作任何推断。
# Plesk 报告的错误：其含义（plesk-error-…）、代码以及 Plesk 自己的文本。
api-plesk-error = { $explanation }（Plesk 错误 { $code }：{ $text }）
# Plesk 的文本表明找不到密钥时的 11003（Plesk 18.0.33 及更高版本）。
api-plesk-unknown-key = Plesk 不认识此密钥：它可能已被删除，或者输入有误。
# Plesk 的文本表明其 API 访问限制拒绝了该地址时的 1006。
api-plesk-api-restricted = Plesk 的 API 访问限制拒绝了它看到的地址（经由网关时为网关的地址）：请让管理员允许该地址。

## 不是本面板可读取的 Plesk 数据包的应答（$element、$field、$root、$parent：XML 元素名；$snippet：应答的开头部分）。

api-answer-too-large = 应答大小为 { $size } 字节，超过了此工具读取的上限 { $limit } 字节。
api-answer-not-utf8 = 应答不是有效的 UTF-8 文本。
api-answer-not-a-packet = 应答是 XML，但不是 Plesk 数据包（其根元素为 <{ $root }>）：{ $snippet }
api-answer-no-content = 应答中既没有结果也没有错误。
api-answer-no-status = 某个 <{ $element }> 结果没有状态。
api-answer-unknown-status = 某个 <{ $element }> 结果的状态 '{ $status }' 未知。
api-answer-bad-errcode = 某个 <{ $element }> 结果的错误代码 '{ $errcode }' 不是 0 到 4294967295 之间的数字。
api-answer-no-new-key = 创建成功的结果中没有密钥。
api-answer-malformed-new-key = Plesk 的创建应答中包含一个长度为 { $length } 个字符的新密钥，但其格式不像密钥（只能包含字母、数字、'-' 和 '_'），因此不予显示。密钥可能已被创建：请检查密钥列表，并删除任何您不认识的密钥。
api-answer-incomplete-key-info = 某个 key_info 条目缺少 <{ $field }>。
api-answer-unexpected = 应答的 <{ $parent }> 中出现了意外的 <{ $element }>。
api-xml-empty = 应答为空。
api-xml-html = 应答是一个 HTML 页面，而不是 Plesk XML 数据包（通常是代理服务器的错误页面）：{ $snippet }
api-xml-not-xml = 应答不是 XML：{ $snippet }
api-xml-truncated = XML 在结尾之前被截断：{ $snippet }
api-xml-doctype = XML 中含有 DOCTYPE 或实体声明，而 Plesk 从不发送这些内容；因此未作处理。
api-xml-unknown-entity = XML 使用了未声明的实体 '&{ $name };'。
api-xml-too-deep = XML 元素的嵌套深度超过了 { $limit } 层。
api-xml-malformed = XML 在第 { $line } 行格式错误：{ $detail }
