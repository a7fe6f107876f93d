### 入力された内容のうち Plesk に送信できないもの: アドレス、キーの一覧、説明、ログイン名
### (CLI の引数。将来はパネルの入力欄)。

## XML で扱えない文字 (文字のコードを U+XXXX で、位置を 1 から数えて示します)。

input-forbidden-description = 説明に XML で扱えない文字が含まれています (位置 { $position } の U+{ $code })。削除してください。
input-forbidden-login = 所有者のログイン名に XML で扱えない文字が含まれています (位置 { $position } の U+{ $code })。削除してください。
input-forbidden-key = キーに XML で扱えない文字が含まれています (位置 { $position } の U+{ $code })。削除してください。
input-forbidden-addresses = IP アドレスの一覧に XML で扱えない文字が含まれています (位置 { $position } の U+{ $code })。削除してください。

## 長すぎる場合。

input-too-long-description = 説明の長さは { $length } 文字です。指定できるのは最大 { $max } 文字です。
input-too-long-login = 所有者のログイン名の長さは { $length } 文字です。指定できるのは最大 { $max } 文字です。
input-too-long-key = キーの長さは { $length } 文字です。指定できるのは最大 { $max } 文字です。
input-too-long-addresses = IP アドレスの一覧の長さは { $length } 文字です。指定できるのは最大 { $max } 文字です。

## 空の場合。

input-empty-description = 説明が空です。
input-empty-login = 所有者のログイン名が空です。
input-empty-key = キーが空です。
input-empty-addresses = IP アドレスの一覧が空です。

## IP アドレス。

input-addresses = IP アドレス: { $reason }
input-not-an-address = '{ $entry }' は IPv4 アドレスでも IPv6 アドレスでもありません。
input-not-addresses = 次のものは IPv4 アドレスでも IPv6 アドレスでもありません: { $entries }。
input-list-and = { $first } と { $last }
input-listed-twice = { $address } が 2 回記載されています。
input-too-many-addresses = アドレスの数 ({ $count }) が多すぎます。1 つのキーに関連付けられるアドレスは最大 { $max } 個です。

## キー。

input-no-key = キーが指定されていません: キーの値または ID を 1 つ以上指定してください。
input-too-many-keys = キーの数 ({ $count }) が 1 回のリクエストには多すぎます。最大 { $max } 個です。
input-entry = 項目 { $position }: { $reason }
input-old-key-unusable = 置き換えるキーに使用できる ID がありません: { $reason }
