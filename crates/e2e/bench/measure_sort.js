// Clicks sort headers; the time from each click to the document updated and to the painted frame.
return (async () => {
  const times = [];
  const work = [];
  for (const title of ['Description', 'Description', 'IP addresses', 'Owner', 'ID']) {
    const button = [...document.querySelectorAll('button.pkp-sort')].find((b) => b.textContent.trim().startsWith(title));
    await afterPaint();
    await atRandomMoment();
    const start = performance.now();
    button.click();
    work.push((await afterWork()) - start);
    times.push((await afterPaint()) - start);
  }
  return { times, work };
})();
