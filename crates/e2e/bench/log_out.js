// Logs out when connected; resolves when the connect form is there. (DOM queries only: the
// accessibility queries the tests use would switch on Chromium's accessibility tree, which a
// person without assistive technology does not pay for, and the baseline page never gets.)
return (async () => {
  const out = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Log out');
  if (out) out.click();
  while (!document.getElementById('pkp-api-key')) await new Promise((r) => setTimeout(r, 5));
})();
