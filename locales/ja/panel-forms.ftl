### パネルのフォームとダイアログ: 作成、キーの設定、新しいキー、削除、ローテーションと編集、
### パケットインスペクター、初回使用時に読み込まれる部分、そしてパネルと Plesk の間で起こる問題。

## キーの作成。

create-title = キーの作成
create-bind-label = Plesk から見えるアドレスに紐付ける
create-bind-hint = アドレスを指定しない場合、Plesk はリクエストの送信元アドレスにキーを紐付けます。ゲートウェイ経由の場合は、ゲートウェイのアドレスになります。
create-submit = キーを作成
create-no-address = IP アドレスを 1 つ以上指定するか、「Plesk から見えるアドレスに紐付ける」をオンにしてください。
# 説明なしで「キーを作成」が押されたときに一度だけ表示されます。
create-empty-description = 後でこのキーを見分けられるよう、説明を追加してください。説明なしで作成する場合は、もう一度「キーを作成」を押してください。
create-created = キーを作成しました。今すぐコピーしてください: 表示されるのは 1 回だけです。
# 新しいキーの下に表示: キーが紐付けられたアドレス ($addresses: IP アドレス)。
create-bound-to = { $addresses } に紐付けられています。
create-bound-to-sender = Plesk から見えるアドレスに紐付けられています。

## キーの設定 (作成、編集、サーバー上に作成)。

settings-addresses-label = IP アドレス
settings-no-address = IP アドレスを 1 つ以上指定してください。
settings-description-label = 説明
settings-owner-label = 所有者のログイン名
settings-choose-owner = 所有者を選択
settings-owner-hint = 省略可能: リセラーまたは顧客のログイン名。空欄の場合、キーはご自身のものになります。

## IP アドレスの入力欄 (入力中に確認されます) と、シークレットの入力欄。

field-no-address = アドレスがありません: それでもキーを作成するには、「Plesk から見えるアドレスに紐付ける」をオンにしてください。
field-valid-addresses = { $count ->
   *[other] 有効なアドレス: { $count } 個。
}
field-typing = 入力を続けてください: 最後のアドレスがまだ完全ではありません。
field-show-key = キーを表示

## 新しいキー (表示は 1 回だけ)。

new-key-title = 新しいキー
new-key-warning = 今すぐコピーしてください: Plesk はハッシュしか保存しないため、このキーを再表示することはできません。閉じると、このページからも消えます。
new-key-copy = コピー
new-key-dismiss = 閉じる
new-key-copied = 新しいキーをクリップボードにコピーしました。
# $reason: 理由 (例: new-key-clipboard-refused)。
new-key-copy-failed = コピーできませんでした ({ $reason }): キーを選択して手動でコピーしてください。
new-key-clipboard-refused = ブラウザーがクリップボードへのアクセスを拒否しました

## ダイアログ。

dialog-delete = 削除
dialog-cancel = キャンセル

## 削除。

delete-title = キー { $id } を削除しますか?
delete-title-keys = { $count } 件のキーを削除しますか?
delete-warning = { $count ->
    [1] このキーはすぐに使用できなくなります。この操作は元に戻せません:
   *[other] これらのキーはすぐに使用できなくなります。この操作は元に戻せません:
}
# 削除するキーの一覧の 1 項目: ID、説明、所有者のログイン名。
delete-key-label = キー { $id } ({ $description }、{ $owner })
delete-no-description = 説明なし
delete-no-owner = 所有者なし
delete-own-warning = このうち 1 つは、このパネルが使用しているキーです: 削除するとログアウトされます。
# $summary: 削除されたものと削除されなかったもの。
delete-own-deleted = { $summary }このパネル自身のキーが削除されたため、ログアウトしました。

## ローテーションと編集。

rotate-title = キー { $id } のローテーション
rotate-edit-title = キー { $id } の編集
rotate-explanation = 同じアドレス ({ $addresses })、説明、所有者で新しいキーが作成されます。古いキー { $id } が削除されるのは、作成に成功し、確認した後だけです。
rotate-edit-hint = Plesk にはキーを更新する操作がありません: 保存すると、この設定で新しいキーが作成されます。古いキーが削除されるのは、作成に成功し、確認した後だけです。
rotate-any-address-warning = このキーはどのアドレスからでも使用できます。Plesk の XML API ではこのようなキーを作成できません: 新しいキーは指定したアドレスに紐付けられ、アドレスを指定しない場合は Plesk から見えるアドレス (このパネルのゲートウェイ) に紐付けられます。
rotate-create = 新しいキーを作成
rotate-save = 新しいキーとして保存
rotate-replaces = キー { $id } を置き換えます。
rotate-created = 新しいキーを作成しました。コピーしてから、キー { $id } を削除するかどうかを決めてください。
rotate-create-failed = 新しいキーは作成されませんでした。キー { $id } はそのまま残っています: { $reason }
rotate-delete-old-question = 新しいキーが使用できるようになりました。古いキー { $id } を削除しますか?
rotate-own-warning = 古いキーは、このパネルが使用しているキーです: 削除するとログアウトされます。
rotate-delete-old = 古いキー { $id } を削除
rotate-keep-old = 古いキーを残す
rotate-kept = キー { $id } を残しました。現在は両方のキーが使用できます。
rotate-deleted = キー { $id } を削除しました。新しいキーに置き換わりました。
rotate-own-deleted = キー { $id } を削除しました。これはパネル自身のキーでした: 新しいキーで接続してください。
rotate-not-deleted = キー { $id } は削除されませんでした: { $reason }
rotate-no-result = キー { $id }: Plesk から結果が返されませんでした。

## パケットインスペクター。

inspector-title = パケットインスペクター
inspector-hint = 直近のリクエストと応答です (キーの値とパスワードは除去されています)。
inspector-copy-curl = curl としてコピー
inspector-exchange = やり取り { $number }
inspector-request = リクエスト { $number }
inspector-response = レスポンス { $number }
inspector-no-request = まだリクエストはありません。
# $variable: キーの代わりに使うシェル変数 ($PLESK_KEY)。
inspector-copied = 最後のリクエストを curl コマンドとしてコピーしました (キーは { $variable } で表しています)。
inspector-copy-failed = コピーできませんでした: ブラウザーがクリップボードへのアクセスを拒否しました。
inspector-too-long = (表示していません: { $size } バイトあり、インスペクターで表示できる { $limit } バイトを超えています。長い一覧にはコマンドラインクライアントを使用してください)
inspector-not-utf8 = (表示していません: パケットが UTF-8 テキストではありません)
# $reason: パケットがインスペクターで表示できる XML ではない理由 (api-xml-…)。
inspector-not-shown = (表示していません: { $reason })

## 初回使用時に取得されるパネルの部分。

part-loading = 読み込んでいます…
part-loading-dialog = パネルのこの部分を読み込んでいます…
part-not-loaded = パネルのこの部分を読み込めませんでした (ネットワークが切断されていませんか?)。
part-failed-title = 開けませんでした
part-retry = 再試行

## パネルと Plesk の間。

api-network = パネルからエージェントのエンドポイントに接続できませんでした ({ $detail })。ネットワーク接続と、ゲートウェイが実行中であることを確認してください。
api-timeout = { $seconds } 秒以内に応答がありませんでした。ゲートウェイまたは Plesk が過負荷になっている可能性があります。もう一度お試しください。
api-too-large = リクエストが大きすぎるため、ゲートウェイに拒否されました (HTTP 413)。
api-bad-gateway = ゲートウェイが Plesk サーバーに接続できませんでした (HTTP 502)。Plesk が停止しているか、ゲートウェイの接続先アドレスが間違っている可能性があります。
api-gateway-timeout = Plesk サーバーがゲートウェイに時間内に応答しませんでした (HTTP 504)。もう一度お試しください。問題が続く場合は、Plesk サーバーを確認してください。
api-http = エージェントのエンドポイントが、Plesk のパケットではなく HTTP { $status } を返しました。
api-refused = ゲートウェイがリクエストを拒否しました (HTTP { $status })。
# ゲートウェイによる拒否 (送信されるコード `x-plesk-keys-refusal` ごと)。`plesk-keys serve` が
# 英語で書く文言と同じ内容です。
api-refusal-not-signed-in = まずポータルからサインインしてください: このパネルはサインインしたユーザーのみが使用できます。
api-refusal-session-ended = セッションが終了しました (期限切れ、サインアウト済み、または開始されていません): もう一度サインインしてください。入力した内容はフォームに残っています。
api-refusal-identity-refused = サインイン用のヘッダーが拒否されました (二重に送信された、プレーンテキストではない、アンダースコアで綴られている、またはポータルのプロキシではないアドレスから送信された)。
api-refusal-cross-site = ここにリクエストを送信できるのは、パネル自身のページだけです (同一オリジン)。
api-refusal-server-out-of-scope = このサーバーへのアクセス権がありません。
api-refusal-foreign-origin = このオリジンはエージェントのパスを使用できません。
api-unreadable = 応答を読み取れませんでした: { $reason }
api-unexpected-shape = Plesk から { $received } 件の結果が返されましたが、想定していたのは { $expected } 件です。推測による処理は行っていません。
# Plesk が報告したエラー: その意味 (plesk-error-…)、コード、Plesk 自身のテキスト。
api-plesk-error = { $explanation } (Plesk エラー { $code }: { $text })
# Plesk のテキストがキーが見つからないことを示す場合の 11003 (Plesk 18.0.33 以降)。
api-plesk-unknown-key = Plesk はこのシークレットキーを認識していません: 削除されたか、入力に誤りがある可能性があります。
# Plesk のテキストが API アクセス制限によるアドレスの拒否を示す場合の 1006。
api-plesk-api-restricted = Plesk の API アクセス制限により、Plesk から見えるアドレス (ゲートウェイ経由の場合はゲートウェイのアドレス) が拒否されています: 管理者に許可を依頼してください。

## このパネルが読み取れる Plesk のパケットではない応答 ($element、$field、$root、$parent: XML の要素名、$snippet: 応答の冒頭)。

api-answer-too-large = 応答は { $size } バイトで、このツールが読み取る上限の { $limit } バイトを超えています。
api-answer-not-utf8 = 応答が有効な UTF-8 テキストではありません。
api-answer-not-a-packet = 応答は XML ですが、Plesk のパケットではありません (ルート要素は <{ $root }> です): { $snippet }
api-answer-no-content = 応答に結果もエラーも含まれていません。
api-answer-no-status = <{ $element }> の結果にステータスがありません。
api-answer-unknown-status = <{ $element }> の結果のステータス '{ $status }' は不明な値です。
api-answer-bad-errcode = <{ $element }> の結果のエラーコード '{ $errcode }' が、0 から 4294967295 までの数値ではありません。
api-answer-no-new-key = 作成に成功した結果にキーが含まれていません。
api-answer-malformed-new-key = Plesk の作成の応答に含まれる新しいキー ({ $length } 文字) がキーの形式 (英字、数字、'-'、'_' のみ) になっていないため、表示を控えています。キーが作成された可能性があります: キーの一覧を確認し、心当たりのないキーは削除してください。
api-answer-incomplete-key-info = key_info エントリに <{ $field }> がありません。
api-answer-unexpected = 応答の <{ $parent }> 内に、予期しない <{ $element }> があります。
api-xml-empty = 応答が空です。
api-xml-html = 応答は Plesk の XML パケットではなく HTML ページです (多くの場合、プロキシのエラーページです): { $snippet }
api-xml-not-xml = 応答が XML ではありません: { $snippet }
api-xml-truncated = XML が途中で切れています (切り詰められています): { $snippet }
api-xml-doctype = XML に DOCTYPE またはエンティティ宣言が含まれています。Plesk がこれを送信することはないため、処理しませんでした。
api-xml-unknown-entity = XML で宣言されていないエンティティ '&{ $name };' が使用されています。
api-xml-too-deep = XML の要素の入れ子が { $limit } 階層を超えています。
api-xml-malformed = XML の { $line } 行目の形式が正しくありません: { $detail }
