// The figures of the load just finished, from the navigation and paint timings and the panel's
// own mark (null where not measured yet).
const paint = performance.getEntriesByName('first-contentful-paint')[0];
const ready = performance.getEntriesByName('pkp-interactive')[0];
const nav = performance.getEntriesByType('navigation')[0];
const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')) || {};
return {
  first_paint_ms: paint ? paint.startTime : null,
  interactive_ms: ready ? ready.startTime : null,
  transfer_bytes: nav ? nav.transferSize : null,
  wasm_transfer_bytes: wasm.transferSize,
  html_received_ms: nav ? nav.responseEnd : null,
  dom_interactive_ms: nav ? nav.domInteractive : null,
};
