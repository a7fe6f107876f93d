### パネルのキー一覧: ツールバー、シークレットキーの表 (フィルター、件数、選択、ページ、
### 行、キーの健全性の語句)、パスワードでサインインした後の提案、照会とエクスポート。

## キー一覧のページ。

keys-title = キー
keys-skip-to-create = 「キーの作成」へスキップ
keys-toolbar-label = キー一覧の操作
keys-refresh = 更新
keys-export-csv = CSV をエクスポート
keys-export-json = JSON をエクスポート
keys-select-first = まずキーを 1 つ以上選択してください。
keys-export-not-loaded = エクスポート機能を読み込めませんでした (ネットワークが切断されていませんか?)。何も保存されていません。もう一度お試しください。
keys-empty = シークレットキーはまだありません。「キーの作成」フォームで作成してください。
# チェックを付けたキーを削除するボタン。チェックが付いている場合はその件数も表示します。
keys-delete-selected = { $count ->
    [0] 選択したキーを削除
   *[other] 選択したキーを削除 ({ $count })
}

## 一覧の上の行 ($time: ローカル時刻、HH:MM:SS)。

keys-loading = キーを読み込んでいます…
keys-refreshing = 更新しています…
keys-refreshed-at = 最終更新: { $time }

## パスワードでサインインした後: このブラウザー用のキー。

keys-offer-title = パスワードでサインインしました
keys-offer-text = パスワードはメモリー内にのみ保持されています。このブラウザー用の API キーを作成し、今後はそのキーを使用しますか?
keys-offer-create = このブラウザー用のキーを作成
keys-offer-new-key-note = このブラウザー用のキーです (Plesk から見えるアドレスに紐付けられています)。パネルは今後このキーを使用します。パスワードは破棄されました。
keys-offer-created = このブラウザー用のキーを作成しました。パネルは今後このキーを使用します。
keys-offer-failed = キーは作成されませんでした: { $error }

## 表のフィルター、件数、選択。

keys-filter-label = キーを絞り込む
keys-filter-placeholder = ID、アドレス、説明、所有者
keys-owner-filter = 所有者
keys-owner-filter-all = すべての所有者
keys-needs-attention = 要確認 ({ $count })
keys-count = { $count ->
   *[other] { $count } 件のキー
}
keys-count-shown = { $total } 件中 { $shown } 件を表示
keys-selection = { $selected } 件を選択中
keys-selection-hidden = { $selected } 件を選択中 (うち { $hidden } 件はフィルターで非表示)
keys-clear-selection = 選択を解除
keys-no-match = フィルターに一致するキーはありません。
keys-clear-filter = フィルターをクリア

## ページ (表の上と下)。

keys-pages-above = 表の上のページ移動
keys-pages = ページ
keys-page-previous = 前のページ
keys-page-next = 次のページ
keys-page-of = { $page } / { $pages } ページ

## 表: キャプション、列見出し (狭い画面ではカードのラベルにもなります)、行。

keys-table-caption = シークレットキー
keys-select-all = 表示中のキーをすべて選択
keys-select-all-hint = フィルターで表示されるすべてのキーを、全ページにわたって選択します
keys-column-server = サーバー
keys-column-id = ID
keys-column-addresses = IP アドレス
keys-column-description = 説明
keys-column-owner = 所有者
keys-column-health = 健全性
keys-column-actions = 操作
keys-any-address = すべてのアドレス (IP 制限なし)
keys-this-browser = このブラウザー
# Plesk がキーの削除を拒否したとき、キーの説明の後に表示 ($reason: Plesk が示した理由)。
keys-not-deleted = 削除されませんでした: { $reason }
# 人に向けてキーを示す表現 (ボタンの名前や文の中で使用)。
keys-name = キー { $id }
keys-name-on-server = { $server } のキー { $id }
keys-select-named = { $name } を選択
keys-rotate = ローテーション
keys-edit = 編集
keys-delete = 削除
keys-rotate-named = { $name } をローテーション
keys-edit-named = { $name } を編集
keys-delete-named = { $name } を削除

## 表に表示するキーの健全性 (理由と対処方法は health.ftl にあります)。

keys-health-danger = 危険
keys-health-warning = 警告
keys-health-note = 注意
# スクリーンリーダーがレベルの後に読み上げます: 「危険 (キー 5)」。
keys-health-for = ({ $name })
keys-health-rotate-it = ローテーションする
keys-health-delete-it = 削除する
keys-health-rotate-named = 推奨に従って { $name } をローテーション
keys-health-delete-named = 推奨に従って { $name } を削除

## 削除。

keys-deleted = { $count ->
   *[other] { $count } 件のキーを削除しました。
}
# $failures: keys-failure を keys-failure-separator で 1 つ以上つないだもの。
keys-deleted-some-failed = { $count ->
   *[other] { $count } 件のキーを削除しました。削除されなかったキー: { $failures }
}
keys-failure = キー { $id }: { $reason }
keys-failure-separator = { " / " }

## ステータス行 (スクリーンリーダーに通知されます)。

keys-status-label = ステータス

## 照会。

lookup-title = キーの照会
lookup-keys-label = 照会するキー
lookup-keys-hint = キーの値または ID を、1 行に 1 つずつ、またはカンマ区切りで入力します。
lookup-submit = 照会
lookup-results-label = 照会結果
lookup-done = 照会: { $total } 件中 { $found } 件が見つかりました。
# 照会したキーごとに 1 行 ($reference: 入力されたキー、短縮表示)。
lookup-found = { $reference }: 見つかりました — ID { $id }、{ $addresses }、「{ $description }」、所有者 { $owner }
lookup-found-no-description = { $reference }: 見つかりました — ID { $id }、{ $addresses }、説明なし、所有者 { $owner }
lookup-not-found = { $reference }: 見つかりません (Plesk エラー 1013)
lookup-failed = { $reference }: { $error }

## エクスポート (スクリプトで扱えるよう、ファイルの内容は英語のままです)。

export-done = { $count ->
   *[other] { $count } 件のキーを { $file } にエクスポートしました。
}
export-failed = エクスポートに失敗しました: { $reason }。
export-cannot-build = ファイルを作成できません
export-cannot-offer = ファイルをダウンロード用に提供できません
