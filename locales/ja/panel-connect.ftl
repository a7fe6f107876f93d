### パネル: 接続 (接続フォームとサインインフォーム、セッション、無操作時のタイムアウト、テーマの切り替え)、ポータルによるサインインとキーの受け渡し、複数のサーバー (「サーバー」の選択、すべてのサーバー)。

## 接続フォーム。

connect-title = Plesk に接続
connect-key-label = API キー
connect-need-key = まず API キー (Plesk のシークレットキー) を貼り付けてください。
connect-keep-legend = キーの保持
connect-keep-tab = このタブ内 (このタブを再読み込みしても保持)
connect-keep-memory = メモリー内のみ (再読み込みすると消去)
connect-button = 接続
connect-checking-key = キーを確認しています…
connect-retry = 再試行

## サインインフォーム (ログイン名とパスワード)。

connect-sign-in-summary = ログイン名とパスワードでサインイン
connect-sign-in-hint = まだキーを持っていない管理者向けです。パスワードはこのページのメモリー内にのみ保持されます。サインイン後すぐに、このブラウザー用のキーを作成できます。
connect-login-label = ログイン名
connect-password-label = パスワード
connect-need-login = ログイン名とパスワードの両方を入力してください。
connect-sign-in-button = サインイン
connect-checking = 確認しています…

## 認証情報に対する Plesk の応答 ($error: Plesk または接続から返されたエラー)。

connect-refused = Plesk がこの認証情報を拒否しました: { $error }
connect-unreachable = Plesk に問い合わせできませんでした: { $error }

## ヘッダーの「接続先とユーザー」: パネルの接続先ホストと、認証情報のログイン名。

connect-where-and-who = { $host } — { $login }

## セッション。

session-storage-unavailable = このブラウザーでは、パネルがセッションストレージを使用できません (プライベートモード、またはストレージがブロックされています)。キーはこのページのメモリー内にのみ保持されます。

## 無操作時のタイムアウト。

# $seconds: ログアウトまでの残り秒数 (整数)。
idle-warning = しばらく操作がありません: { $seconds } 秒後にログアウトします。続けるには「サインインしたままにする」を押してください。
idle-stay = サインインしたままにする

## テーマの切り替え。

theme-dark = ダークテーマ

## ポータルによるサインイン (サインイン中のユーザーをサービスから取得)。

# $error: サービスに問い合わせできなかった理由。
portal-session-unreachable = サインイン中のユーザーをパネルから確認できませんでした ({ $error })。
portal-no-server = サインインしていますが、アクセスできるサーバーがありません。管理者にアクセス権を依頼してください。
portal-session-unreadable = サインイン中のユーザーに関するサービスの応答を読み取れませんでした。
# $status: サービスの応答の HTTP ステータスコード。
portal-not-signed-in = サインインしていません (HTTP { $status })。ポータルからパネルを開いてください。

## 埋め込み元のポータルから渡されたキー。

# $name: ポータルが指定したサーバー名。
portal-no-such-server = 「{ $name }」という名前のサーバーはありません
# 拒否されたキー 1 つ: $server はサーバーのラベル、$problem は拒否された理由。
portal-problem-on-server = { $server }: { $problem }
# $problems: 拒否されたすべてのキー (セミコロン区切り)。
portal-keys-not-used = ポータルから渡されたキーは使用されませんでした: { $problems }。
portal-connected = ポータルから渡されたキーで接続しました (メモリー内にのみ保持されます)。
# $servers: 接続したサーバーのラベル (カンマ区切り)。
portal-connected-to = ポータルから渡されたキーで { $servers } に接続しました (メモリー内にのみ保持されます)。

## 「サーバー」の選択。

fleet-server-label = サーバー
fleet-all-servers = すべてのサーバー

## すべてのサーバー: 全サーバーのキーの表。

fleet-actions-label = キー一覧の操作
fleet-refresh = 更新
fleet-export-csv = CSV をエクスポート
fleet-export-json = JSON をエクスポート
fleet-show-server = 表示するサーバー
fleet-every-server = すべてのサーバー
fleet-servers-label = サーバー
fleet-empty = これらのサーバーにはまだシークレットキーがありません。
fleet-one-server-hint = ローテーションと編集は 1 台のサーバーに対して行います: 「サーバー」でサーバーを選んでください。
# 表の上に表示される各サーバーの行 ($server: サーバーのラベル)。
fleet-status-not-connected = { $server }: 未接続 (接続するには「サーバー」で選択してください)
fleet-status-loading = { $server }: 読み込んでいます…
fleet-status-keys = { $server }: { $count ->
       *[other] キー { $count } 件
    }
fleet-status-refreshing = { $server }: 更新しています… ({ $count } 件を表示中)
# $reason: サーバーのキーを一覧表示できなかった理由。
fleet-status-failed = { $server }: { $reason }
# 表の下の件数の行。
fleet-loading-from = { $count ->
       *[other] { $count } 台のサーバー
    }からキーを読み込んでいます…
fleet-count = キー { $keys ->
       *[other] { $keys } 件
    } (サーバー { $servers ->
       *[other] { $servers } 台
    }中 { $loaded } 台)
fleet-count-refreshing = キー { $keys ->
       *[other] { $keys } 件
    } (サーバー { $servers ->
       *[other] { $servers } 台
    }中 { $loaded } 台、{ $refreshing } 台を更新中)
# 行の「削除」ボタンの名前。
fleet-delete-key-on = { $server } のキー { $id } を削除

## すべてのサーバー: キーの削除。

fleet-delete-one-title = { $server } のキー { $id } を削除しますか?
fleet-delete-on-server-title = { $server } の { $count } 件のキーを削除しますか?
fleet-delete-on-servers-title = { $servers } 台のサーバーの { $count } 件のキーを削除しますか?
fleet-delete-warning = { $count ->
        [1] このキーは、そのサーバーですぐに使用できなくなります。この操作は元に戻せません:
       *[other] これらのキーは、それぞれのサーバーですぐに使用できなくなります。この操作は元に戻せません:
    }
# 確認ダイアログの一覧の 1 項目。
fleet-delete-item = { $server } のキー { $id }
fleet-key-deleted = { $server } のキー { $id } を削除しました。
# 削除されなかったキー 1 つ ($reason: 理由)。
fleet-delete-failure = { $server } のキー { $id }: { $reason }
# サーバーに削除を依頼しなかった理由。
fleet-not-connected = 未接続

## すべてのサーバー: サーバー上に作成。

fleet-create-title = サーバー上に作成
fleet-create-hint = 接続中のすべてのサーバーにキーを 1 つずつ作成します (監視システム用のキーなど): キーの値はサーバーごとに異なり、表示されるのは 1 回だけです。
fleet-invalid-addresses = IP アドレス: { $reason }
fleet-need-address = 各サーバーのキーに使用する IP アドレスを 1 つ以上指定してください。
fleet-connect-first = まず 1 台以上のサーバーに接続してください (「サーバー」で選択します)。
fleet-keys-created = キーを作成しました: 今すぐコピーしてください。各キーは 1 回だけ表示されます。
fleet-keys-created-elsewhere = サーバー上にキーを作成しました: コピーするには「すべてのサーバー」を開いてください (各キーは 1 回だけ表示されます)。
fleet-new-keys-title = 新しいキー
# サーバーの新しいキーの前に表示。
fleet-new-key-server = { $server }:
fleet-copy = コピー
fleet-copy-key-of = { $server } のキーをコピー
fleet-copied = キーをクリップボードにコピーしました。
fleet-copy-failed = コピーできませんでした ({ $reason }): キーを選択して手動でコピーしてください。
fleet-not-created = { $server }: キーは作成されませんでした: { $reason }
fleet-copy-warning = 今すぐコピーしてください: Plesk はハッシュしか保存しないため、これらのキーを再表示することはできません。
fleet-copy-all = すべてコピー
fleet-copied-all = 新しいキーを NAME=value 形式の行としてコピーしました。
fleet-copy-all-failed = コピーできませんでした ({ $reason }): キーを選択して手動でコピーしてください。
fleet-dismiss = 閉じる

## すべてのサーバー: すべてのサーバーで検索。

fleet-find-title = すべてのサーバーで検索
fleet-find-label = キーの値または ID
fleet-give-one-key = キーの値または ID を 1 つ指定してください。
fleet-no-result = Plesk から結果が返されませんでした
# キーが有効な場所を示す文: 以下の節をセミコロンで区切ったもの。
fleet-found-summary = { $clauses }。
fleet-valid-nowhere = どのサーバーでも有効ではありません
fleet-valid-on-one = { $server } で有効
# $servers: 各サーバーを「fleet-found-as」の形式で、カンマで区切ったもの。
fleet-valid-on-several = { $count } 台のサーバーで、それぞれ別のキーとして有効: { $servers }
fleet-found-as = { $server } (キー { $id })
fleet-not-found-on = { $servers } では見つかりません
# $servers: 各サーバーを「fleet-failed-on」の形式で、セミコロンで区切ったもの。
fleet-could-not-ask = { $servers } に問い合わせできませんでした
fleet-failed-on = { $server }: { $reason }
