// Clicks Refresh `rounds` times, each time waiting until the list is loaded again; the JS heap
// (after a forced garbage collection) before and after.
const [rounds] = arguments;
return (async () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const heap = async () => { gc(); await settle(); gc(); return performance.memory.usedJSHeapSize; };
  const status = () => document.querySelector('.pkp-refreshed').textContent;
  const until = async (done) => { while (!done()) await new Promise((r) => setTimeout(r, 2)); };
  const before = await heap();
  for (let i = 0; i < rounds; i++) {
    const answers = performance.getEntriesByType('resource').length;
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Refresh').click();
    await until(() => performance.getEntriesByType('resource').length > answers && !status().startsWith('Loading'));
  }
  const after = await heap();
  return { before, after };
})();
