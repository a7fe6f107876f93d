// Right after the key list is shown (cold, on the emulated network, before the background
// prefetch): opens parts fetched on first use (issue 29) and resolves with the milliseconds each
// took until it was on screen: Rotate (its dialog's "Create new key"), Export JSON (the status
// line's "Exported"), and look-up (its heading, asked for when the list was shown).
const listShownAt = arguments[0];
const tick = () => new Promise((r) => setTimeout(r, 2));
const button = (name) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name && !b.closest('[inert]'));
return (async () => {
  while (!document.getElementById('pkp-lookup-title')) await tick();
  const lookup_ms = performance.now() - listShownAt;
  let rotate;
  while (!(rotate = button('Rotate key 1'))) await tick();
  const t0 = performance.now();
  rotate.click();
  while (!button('Create new key')) await tick();
  const rotate_ms = performance.now() - t0;
  button('Cancel').click();
  let exporting;
  while (!(exporting = button('Export JSON'))) await tick();
  const t1 = performance.now();
  exporting.click();
  while (!document.querySelector('#pkp-app .pkp-status').textContent.includes('Exported')) await tick();
  const export_ms = performance.now() - t1;
  return { lookup_ms, rotate_ms, export_ms };
})();
