### キーの健全性: キーの問題点や確認すべき点と、その対処方法です (パネルの「健全性」列と
### `plesk-keys report` の両方で使われます)。

## レベル。

health-level-danger = 危険
health-level-warning = 警告
health-level-note = 注意

## 所有者。

health-owner-administrator = 管理者
health-status-active = 有効
health-status-missing = 存在しません
health-status-unknown = 不明
health-status-number = ステータス { $status }
health-flag-4 = バックアップまたは復元中
health-flag-16 = 管理者により無効化
health-flag-32 = リセラーにより無効化
health-flag-64 = 顧客により無効化
health-flag-256 = 期限切れ

## 理由。

health-reason-owner-missing = 所有者 { $login } は Plesk に存在しなくなっています。
health-reason-owner-inactive = 所有者 { $login } が有効ではありません ({ $status })。
health-reason-anywhere-administrator = 管理者のキーがどのアドレスにも制限されていません: どこからでも使用できます。
health-reason-anywhere-key = このキーはどのアドレスにも制限されていません: どこからでも使用できます。
health-reason-wide-administrator = 管理者のキーが { $range } に制限されていますが、これは /24 または /64 より広い範囲です。
health-reason-wide-key = このキーは { $range } に制限されていますが、これは /24 または /64 より広い範囲です。
health-reason-public-among-private = 他のアドレスはプライベートですが、パブリックアドレス { $address } に制限されています。
health-reason-service-address = Plesk サーバーまたはその前段のサービスのアドレスである { $address } に制限されています。そこを経由してリクエストを送信できる人なら誰でも使用できます。
health-reason-twins = 同じ所有者の他のキーが同じアドレスに制限されています: { $others }。
health-reason-no-description = 説明がありません: 後から何のためのキーなのか誰にもわかりません。

## 対処方法。

health-advice-owner-missing = キーを削除してください。
health-advice-owner-inactive = 所有者が今後も戻らない場合は、キーを削除してください。
health-advice-usable-from-anywhere = 実際に使用しているアドレスを指定してキーをローテーションしてください。
health-advice-public-among-private = パブリックアドレスを確認し、不要であればそのアドレスを除いてキーを編集してください。
health-advice-service-address = そのサービス経由で使用する場合にのみ残してください。それ以外の場合は、キーを使用するマシンのアドレスを指定してローテーションしてください。
health-advice-twins = ローテーション後に残った重複キーを削除してください。
health-advice-no-description = キーを編集して用途を記入してください。

## 1 行に 1 件の検出結果: 「危険: 所有者 jdoe は Plesk に存在しなくなっています。キーを削除してください。」

health-finding = { $level }：{ $reason }{ $advice }
