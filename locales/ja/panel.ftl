### パネル: その枠組み (ヘッダー、言語、セッション) と共通の語句。

## ヘッダー。

app-title = Plesk Key Panel
app-signed-in-as = サインイン中のユーザー
app-connected-to = 接続先
app-sign-out = サインアウト
app-log-out = ログアウト
app-sign-in = サインイン
app-signing-in = サインインしています…
app-logged-out = ログアウトしました: このタブからキーは消去されました。
app-logged-out-idle = 一定時間操作がなかったため、ログアウトしました: このタブからキーは消去されました。

## 言語メニュー。

language-label = 言語
language-not-shipped = このパネルは、その言語のファイルを含めずにビルドされています。
language-not-fetched = 言語ファイルを取得できませんでした: { $detail }
language-mismatch = 言語ファイルがこのパネルと一致しません (より新しいか古いバージョンのファイルです): ページを再読み込みしてください。

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { "、" }
