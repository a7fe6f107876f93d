// Shared by the rendering scripts (prepended to them): the time of the first frame painted
// after now.
// afterWork: the next task (every microtask, so every Leptos effect, has run: the document is
// updated). afterPaint: the first frame painted after now (frames are ~16.7 ms apart, so this
// includes waiting for the next frame). atRandomMoment: 0–16 ms later, so measured events land
// anywhere in the frame, as a person's keystrokes do.
const afterWork = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
});
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => resolve(afterWork())));
const atRandomMoment = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));
