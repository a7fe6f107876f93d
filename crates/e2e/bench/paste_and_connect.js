// As a person who pastes the key as soon as the field appears: waits for the field (the static
// form's, or the panel's when there is none), pastes, presses Connect, and resolves when the key
// list's rows are painted. Times are from the navigation's start.
const key = arguments[0];
const tick = () => new Promise((r) => setTimeout(r, 2));
return (async () => {
  let field;
  while (!(field = document.getElementById('pkp-api-key'))) await tick();
  const field_ms = performance.now();
  field.value = key;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector('form.pkp-connect button[type=submit]').click();
  while (!document.querySelector('#pkp-app table tbody tr:not([hidden])')) await tick();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const list_ms = performance.now();
  let ready;
  while (!(ready = performance.getEntriesByName('pkp-interactive')[0])) await tick();
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  const before = performance.getEntriesByType('resource')
    .filter((e) => e.responseEnd <= ready.startTime && !e.name.includes('agent.php'))
    .reduce((sum, e) => sum + e.transferSize, nav.transferSize);
  return {
    field_ms,
    list_ms,
    interactive_ms: ready.startTime,
    first_paint_ms: paint ? paint.startTime : null,
    bytes_before_interactive: before,
  };
})();
