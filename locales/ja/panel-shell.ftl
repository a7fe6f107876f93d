### index.html の静的な接続フォーム。パネルの読み込み前に表示されます (`plesk-keys serve` が
### ブラウザーの言語で書き出します)。ラベルは接続ページのもの (panel-connect.ftl) を使い、
### ここには静的なフォームだけが表示する文を置きます。

shell-needs-javascript = Plesk Key Panel には JavaScript と WebAssembly が必要です: キーは Plesk で確認され、このページ内のパネル自身のコードが保持します。このサイトで JavaScript を有効にしてから、ページを再読み込みしてください。
shell-connect-pending = パネルの読み込みが完了したらすぐに接続します…
shell-sign-in-pending = パネルの読み込みが完了したらすぐにサインインします…
shell-still-loading = パネルを読み込んでいます。接続が遅い場合は時間がかかります。何も変わらない場合は、ページを再読み込みしてください。
