// Clicks Refresh in All servers and times, from the click:
// - first_answer: the first server's answer received (Resource Timing responseEnd);
// - first_rows: the first frame painted after a server's fresh rows are in the table (its state
//   line turns from "refreshing" to "N keys");
// - all_rows: the first frame painted after every server's rows are in (the count line says all
//   `servers` answered and none is refreshing): all `total` rows merged and indexed.
const [servers, total] = arguments;
return (async () => {
  const states = () => [...document.querySelectorAll('.pkp-server-states li')].map((li) => li.textContent);
  const count = () => document.querySelector('.pkp-keys .pkp-count').textContent;
  const fresh = () => states().filter((line) => / \d+ keys?$/.test(line)).length;
  const settled = () => count().startsWith(`${Number(total).toLocaleString("en")} keys on ${servers} of ${servers}`) && !count().includes('refreshing');
  performance.clearResourceTimings();
  let firstRowsDom = 0;
  let firstRows = null;
  let allRows = null;
  let allRowsDom = 0;
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!firstRows && fresh() > 0) {
        firstRowsDom = performance.now();
        firstRows = afterPaint();
      }
      if (firstRows && settled()) {
        observer.disconnect();
        allRowsDom = performance.now();
        allRows = afterPaint();
        resolve();
      }
    });
    observer.observe(document.querySelector('.pkp-keys'), { childList: true, subtree: true, characterData: true });
  });
  const start = performance.now();
  [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Refresh').click();
  await done;
  const [firstPainted, allPainted] = [await firstRows, await allRows];
  const answers = performance.getEntriesByType('resource').filter((e) => e.name.includes('agent.php'));
  const firstAnswer = Math.min(...answers.map((e) => e.responseEnd));
  const lastAnswer = Math.max(...answers.map((e) => e.responseEnd));
  return {
    answers: answers.length,
    protocol: answers.length ? answers[0].nextHopProtocol : '',
    first_answer_ms: firstAnswer - start,
    last_answer_ms: lastAnswer - start,
    first_rows_ms: firstPainted - start,
    first_rows_dom_ms: firstRowsDom - start,
    all_rows_ms: allPainted - start,
    all_rows_dom_ms: allRowsDom - start,
    rows_shown: document.querySelectorAll('.pkp-keys table tbody tr').length,
  };
})();
