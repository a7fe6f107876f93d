// Connects with the key; resolves when rows are shown.
const [key] = arguments;
return (async () => {
  while (!document.getElementById('pkp-api-key')) await new Promise((r) => setTimeout(r, 5));
  const input = document.getElementById('pkp-api-key');
  input.value = key;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Connect').click();
  while (!document.querySelector('table.pkp-table tbody tr:not([hidden])')) {
    await new Promise((r) => setTimeout(r, 5));
  }
})();
