// Picks All servers under Server; resolves when every server's keys are in (`total` keys).
const [total] = arguments;
return (async () => {
  let picker;
  while (!(picker = document.getElementById('pkp-server'))) await tick();
  picker.value = '*';
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  const count = () => (document.querySelector('.pkp-keys .pkp-count') || {}).textContent || '';
  const deadline = performance.now() + 60000;
  while (!count().startsWith(`${Number(total).toLocaleString("en")} keys on`) || count().includes('refreshing')) {
    if (performance.now() > deadline) throw new Error(`never loaded: ${count()}`);
    await tick();
  }
  return count();
})();
