### index.html 的静态连接表单，在面板加载完成之前显示（由 `plesk-keys serve` 按浏览器的
### 语言写出）。其标签沿用连接页面自己的标签（panel-connect.ftl）；这里只有静态表单才显示的句子。

shell-needs-javascript = Plesk Key Panel 需要 JavaScript 和 WebAssembly：密钥由 Plesk 验证，并由此页面中面板自身的代码保管。请为此网站启用 JavaScript，然后重新加载页面。
shell-connect-pending = 面板加载完成后将立即连接…
shell-sign-in-pending = 面板加载完成后将立即登录…
shell-still-loading = 面板仍在加载；网络较慢时需要一些时间。如果一直没有变化，请重新加载页面。
