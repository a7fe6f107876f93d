### plesk-keys のクライアントコマンド: 端末で読まれるメッセージです (--json の JSON と、
### その中のキーの値・ID・アドレスは翻訳しません)。

## 認証情報の取得元。

cli-no-credential = 認証情報がありません: PLESK_KEY を設定するか、--key-file FILE を使用するか、PLESK_LOGIN と PLESK_PASSWORD を設定してください
cli-key-file-unreadable = キーファイル { $path } を読み取れません: { $detail }
cli-key-file-empty = キーファイル { $path } が空です
cli-half-login = PLESK_LOGIN は設定されていますが、PLESK_PASSWORD が設定されていません (またはその逆)
cli-not-a-header = 認証情報に HTTP ヘッダーで送信できない文字が含まれています
cli-not-visible-ascii = キーまたはログイン名に空白、制御文字、または ASCII 以外の文字が含まれています (誤って貼り付けていませんか?)。Plesk とゲートウェイが受け付けるのは表示可能な ASCII 文字だけです

## 対象のサーバー。

cli-no-endpoint = エンドポイントが指定されていません: --endpoint URL を指定するか、PLESK_ENDPOINT を設定してください (または --servers FILE と --server NAME を使用してください)
cli-server-without-file = --server には --servers FILE (または PLESK_SERVERS) が必要です
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } には { $count } 台のサーバーが記載されています: --server NAME で 1 台を選んでください (list、info、create では --server all も使用できます)
cli-unknown-server = { $file } にサーバー { $name } はありません (記載されているサーバー: { $known })
cli-no-server-key = サーバー { $name } のキーがありません: --key-dir DIR に { $name }.key として保存するか、{ $variable } を設定してください
cli-key-file-readable = キーファイル { $path } はグループまたは他のユーザーが読み取れる可能性があります: chmod 600 を実行してください (シークレットキーが保存されています)
cli-key-file-with-servers = --key-file に保存できるキーは 1 つだけです: --servers を使用する場合は、サーバーごとに個別のキーを指定してください (--key-dir DIR または PLESK_KEY_<NAME>)
cli-one-server-only = delete と rotate は 1 台のサーバーに対してのみ実行できます: --server NAME で選んでください (--server all は list、info、create 用です)
cli-unknown-language = 言語 { $tag } はありません: { $known } のいずれかを指定してください
cli-no-server = 接続先のサーバーがありません

## コマンドラインで指定されたキー。

cli-stdin-unreadable = 標準入力からキーを読み取れません: { $detail }
cli-no-keys-asked = キーが 1 つも指定されていません
cli-key-in-argument = 警告: 引数で指定したキーの値は、このマシンの他のユーザーから見えます。値は `-` を指定して標準入力から渡してください。

## --dry-run: 送信される内容。

cli-dry-run-target = POST { $url } (何も送信していません: --dry-run)
cli-dry-run-server-target = POST { $url } (サーバー { $server }、何も送信していません: --dry-run)
cli-dry-run-rotate = (続いて: そのキーと同じ設定のキーを作成し、作成に成功した場合にのみ古いキーを削除します)

## コマンドの出力。

cli-key-id = キー { $id }
cli-key-value = キーの値 { $start }…
cli-no-keys = キーはありません。
cli-new-key = 新しいキー (表示は今回限りです。Plesk で再表示することはできません): { $key }
cli-deleted = { $key } を削除しました
cli-keys-not-shown =
    { $count ->
       *[other] { $count } 件のキーを表示できませんでした
    }
cli-keys-not-deleted =
    { $count ->
       *[other] { $count } 件のキーを削除できませんでした
    }
cli-rotate-not-found = ローテーション対象のキーが見つかりません
cli-rotate-old-kept = { $reason }。古いキー { $id } は削除せずに残しました
cli-rotate-old-deleted = 古いキー { $id } を削除しました
cli-rotate-old-not-deleted = 新しいキーは作成されましたが、古いキー { $id } を削除できませんでした: 手動で削除してください

## 複数のサーバーを一度に操作 (--server all)。

cli-request-task-failed = リクエストのタスクが失敗しました: { $detail }
cli-server-failed = サーバー { $server }: { $reason }
cli-servers-failed =
    { $count ->
       *[other] { $count } 台中 { $failed } 台のサーバーで失敗しました ({ $names })。{ $consequence }
    }
cli-others-keys-shown = 他のサーバーのキーは表示されています
cli-others-answers-shown = 他のサーバーの応答は表示されています
cli-no-key-made-there = 失敗したサーバーではキーは作成されていません
cli-found-on-no-server = { $key }: どのサーバーにも見つかりません
cli-found-on = { $key }: { $servers } で見つかりました
cli-keys-found-nowhere =
    { $count ->
       *[other] { $count } 件のキーがどのサーバーにも見つかりませんでした
    }
cli-new-keys = 新しいキー (表示は今回限りです。Plesk で再表示することはできません):

## サーバーへの経路。

cli-not-a-url = '{ $url }' は URL ではありません。https://plesk.example.com:8443 のような Plesk のベース URL を指定してください
cli-not-https = '{ $url }' は https:// で始まる必要があります (ループバックでのテストでは http://)
cli-not-a-base = '{ $url }' はクエリやフラグメントを含まないベース URL である必要があります
cli-user-in-url = ホストの前にユーザー名やパスワードを含む URL (user:password@host) は拒否されます。ラベルやログに表示されてしまい、Plesk は認証情報をヘッダーからしか読み取りません。キーはキーファイルかパネルで指定してください
cli-timeout = { $seconds } 秒以内に応答がありません
cli-unreachable = { $url } に接続できません: { $detail }
cli-redirect = サーバーがリダイレクト (HTTP { $status }) で応答しました。リダイレクトには従いません
cli-answer-too-large = 応答が { $bytes } バイトを超えています
cli-answer-unreadable = 応答を読み取れませんでした: { $detail }
cli-answer-not-utf8 = 応答が UTF-8 ではありません
cli-http-status = { $url } から HTTP { $status }: { $body }

## report。

cli-no-findings = なし
cli-report-finding = キー { $id }: { $finding }
cli-report-fail-on =
    { $count ->
       *[other] レベル「{ $level }」以上の指摘事項があるキーが { $count } 件あります
    }
cli-customers = 顧客
cli-resellers = リセラー
cli-owners-unknown = 所有者の状態は不明です ({ $what } の問い合わせ: { $reason })

## 表と警告。

cli-column-server = サーバー
cli-column-id = ID
cli-column-addresses = IP アドレス
cli-column-description = 説明
cli-column-owner = 所有者
cli-column-owner-status = 所有者の状態
cli-column-findings = 指摘事項
cli-list-separator = { "、" }
cli-any-address = すべてのアドレス (IP 制限なし)
cli-plain-http = 警告: { $url } は別のマシンへの暗号化されていない http:// 接続です。キーまたはパスワードが暗号化されずにネットワーク上を流れます。https:// を使用してください

## Plesk のエラー: Plesk 自身のテキストは Plesk が送ったまま、引用符で囲んで表示します。

cli-plesk-error = Plesk エラー { $code }: { $text }
cli-plesk-error-explained = Plesk エラー { $code }: { $text } ({ $explanation })
