// Resolves when the key field is there (a DOM query, not an accessibility one: that would
// switch on Chromium's accessibility tree for every later load in this tab).
return (async () => {
  while (!document.getElementById('pkp-api-key')) await new Promise((r) => setTimeout(r, 5));
})();
