### plesk-keys のクライアントコマンド: 端末で読まれるメッセージ (--json の JSON と、
### その中のキーの値・ID・アドレスは翻訳しません)。

## 認証情報の取得元。

cli-no-credential = 認証情報がありません: PLESK_KEY を設定するか、--key-file FILE を使うか、PLESK_LOGIN と PLESK_PASSWORD を設定してください
cli-key-file-unreadable = キーファイル { $path } を読み込めません: { $detail }
cli-key-file-empty = キーファイル { $path } は空です
cli-half-login = PLESK_LOGIN は設定されていますが PLESK_PASSWORD が設定されていません (またはその逆です)
cli-not-a-header = 認証情報に HTTP ヘッダーで送れない文字が含まれています
cli-not-visible-ascii = キーまたはログインにスペース、制御文字、または ASCII 以外の文字が含まれています (誤って貼り付けましたか?)。Plesk とゲートウェイは表示可能な ASCII 文字のみを受け付けます

## 対象のサーバー。

cli-no-endpoint = エンドポイントがありません: --endpoint URL を指定するか PLESK_ENDPOINT を設定してください (または --servers FILE と --server NAME)
cli-server-without-file = --server には --servers FILE (または PLESK_SERVERS) が必要です
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } には { $count } 台のサーバーがあります: --server NAME で 1 台を選んでください (list、info、create では --server all も使えます)
cli-unknown-server = { $file } にサーバー { $name } はありません (あるのは { $known } です)
cli-no-server-key = サーバー { $name } のキーがありません: --key-dir DIR に { $name }.key として置くか、{ $variable } を設定してください
cli-key-file-readable = キーファイル { $path } はグループまたは他のユーザーから読み取れます: chmod 600 を実行してください (シークレットキーが含まれています)
cli-key-file-with-servers = --key-file に入るキーは 1 つです: --servers を使う場合は、サーバーごとに専用のキーを指定してください (--key-dir DIR または PLESK_KEY_<NAME>)
cli-one-server-only = delete と rotate は 1 台のサーバーに対して実行します: --server NAME で選んでください (--server all は list、info、create のみ)
cli-unknown-language = 言語 { $tag } はありません: { $known } のいずれかを指定してください
cli-no-server = 接続するサーバーがありません

## コマンドラインで指定されたキー。

cli-stdin-unreadable = 標準入力からキーを読み込めません: { $detail }
cli-no-keys-asked = キーが 1 つも指定されていません
cli-key-in-argument = 警告: 引数で渡したキーの値は、このマシンの他のユーザーから見えます。値は `-` を使って標準入力から渡してください。

## --dry-run: 送信される内容。

cli-dry-run-target = POST { $url } (何も送信していません: --dry-run)
cli-dry-run-server-target = POST { $url } (サーバー { $server }、何も送信していません: --dry-run)
cli-dry-run-rotate = (次に: そのキーと同じ設定のキーを作成し、作成に成功した場合にのみ古いキーを削除します)

## コマンドの出力。

cli-no-keys = キーはありません。
cli-new-key = 新しいキー (表示は一度だけです。Plesk は再表示できません): { $key }
cli-deleted = 削除しました: { $key }
cli-keys-not-shown =
    { $count ->
       *[other] { $count } 件のキーを表示できませんでした
    }
cli-keys-not-deleted =
    { $count ->
       *[other] { $count } 件のキーを削除できませんでした
    }
cli-rotate-not-found = ローテーションするキーが見つかりません
cli-rotate-old-kept = { $reason }。古いキー { $id } はそのまま残しました
cli-rotate-old-deleted = 古いキー { $id } を削除しました
cli-rotate-old-not-deleted = 新しいキーは作成されましたが、古いキー { $id } を削除できませんでした: 手動で削除してください

## Plesk のエラー: Plesk のテキストは Plesk が送ったまま、引用符で囲んで表示します。

cli-plesk-error = Plesk エラー { $code }: { $text }
cli-plesk-error-explained = Plesk エラー { $code }: { $text } ({ $explanation })
