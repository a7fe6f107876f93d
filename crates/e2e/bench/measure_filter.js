// Types `text` into the filter one character at a time (then deletes it again); the time from
// each input event to the document updated ("work") and to the painted frame ("times").
const [text] = arguments;
return (async () => {
  const input = document.getElementById('pkp-keys-filter');
  const times = [];
  const work = [];
  const type = async (value) => {
    await afterPaint();
    await atRandomMoment();
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    work.push((await afterWork()) - start);
    times.push((await afterPaint()) - start);
  };
  for (let i = 1; i <= text.length; i++) await type(text.slice(0, i));
  const narrowed = document.querySelector('.pkp-count').textContent;
  for (let i = text.length - 1; i >= 0; i--) await type(text.slice(0, i));
  return { times, work, narrowed };
})();
