// Starts a load (kind "panel": connect with the key; "vanilla": the baseline's load function)
// and resolves when `expected` rows are painted, with the times since the answer arrived.
const [kind, key, expected, limit] = arguments;
return (async () => {
  const rows = () => document.querySelectorAll('table.pkp-table tbody tr:not([hidden])').length;
  performance.clearResourceTimings();
  performance.clearMarks();
  let dom = 0;
  const painted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (rows() >= expected) {
        observer.disconnect();
        dom = performance.now();
        resolve(afterPaint());
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  if (kind === 'panel') {
    const input = document.getElementById('pkp-api-key');
    input.value = key;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Connect').click();
  } else {
    window.vanillaLoad(key, limit);
  }
  const end = await painted;
  const answer = performance.getEntriesByType('resource').filter((e) => e.name.includes('agent.php')).pop();
  const at = (name) => {
    const mark = performance.getEntriesByName(name).pop();
    return mark ? mark.startTime - answer.responseEnd : null;
  };
  return {
    ms: end - answer.responseEnd,
    dom: dom - answer.responseEnd,
    parsed: at('pkp-keys-parsed'),
    stored: at('pkp-keys-stored'),
    rows: rows(),
    bytes: answer.decodedBodySize,
  };
})();
