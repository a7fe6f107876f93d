### 密钥健康状况：密钥存在的问题或值得检查之处，以及应如何处理（面板的“健康”列和
### `plesk-keys report` 均使用）。

## 级别。

health-level-danger = 危险
health-level-warning = 警告
health-level-note = 提示

## 所有者。

health-owner-administrator = 管理员
health-status-active = 活动
health-status-missing = 不存在
health-status-unknown = 未知
health-status-number = 状态 { $status }
health-flag-4 = 正在备份或恢复
health-flag-16 = 已被管理员禁用
health-flag-32 = 已被其经销商禁用
health-flag-64 = 已被客户禁用
health-flag-256 = 已过期

## 原因。

health-reason-owner-missing = 其所有者 { $login } 在 Plesk 中已不存在。
health-reason-owner-inactive = 其所有者 { $login } 未处于活动状态（{ $status }）。
health-reason-anywhere-administrator = 管理员的密钥未绑定任何地址：可从任何地方使用。
health-reason-anywhere-key = 此密钥未绑定任何地址：可从任何地方使用。
health-reason-wide-administrator = 管理员的密钥绑定到 { $range }，该范围比 /24 或 /64 更宽。
health-reason-wide-key = 此密钥绑定到 { $range }，该范围比 /24 或 /64 更宽。
health-reason-public-among-private = 绑定到公网地址 { $address }，而其其他地址均为私有地址。
health-reason-service-address = 绑定到 { $address }，即 Plesk 服务器或其前端服务的地址：任何能通过该处发送请求的人都可以使用它。
health-reason-twins = 同一所有者在相同地址上还有其他密钥：{ $others }。
health-reason-no-description = 没有描述：以后没有人能知道它的用途。

## 处理方法。

health-advice-owner-missing = 请删除它。
health-advice-owner-inactive = 如果该所有者已永久离开，请删除它。
health-advice-usable-from-anywhere = 请使用实际使用它的地址对其进行轮换。
health-advice-public-among-private = 请检查该公网地址；编辑密钥并移除该地址。
health-advice-service-address = 仅在通过该服务使用时才保留它；否则请使用实际使用它的机器的地址对其进行轮换。
health-advice-twins = 请删除轮换后遗留的重复密钥。
health-advice-no-description = 请编辑它并注明用途。

## 一行一条检查结果：“危险：其所有者 jdoe 在 Plesk 中已不存在。请删除它。”

health-finding = { $level }：{ $reason }{ $advice }
