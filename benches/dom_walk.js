// The baseline of the parse benchmark: DOMParser plus a walk building the same records the
// panel's wasm parser builds from a get_info answer. Returns how many it read.
export function dom_walk(xml) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const out = [];
  for (const info of doc.getElementsByTagName('key_info')) {
    const text = (name) => {
      const element = info.getElementsByTagName(name)[0];
      return element ? element.textContent : null;
    };
    out.push({
      id: text('key'),
      ip_addresses: (text('ip_address') || '').split(',').map((s) => s.trim()).filter((s) => s),
      description: text('description') || '',
      owner: text('login'),
    });
  }
  return out.length;
}
