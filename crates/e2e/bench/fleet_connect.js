// Stores the key of every server of the fleet in this tab, as connecting to each one under
// Server does (one sessionStorage entry per server, the activity time beside them).
const [names, key] = arguments;
for (const name of names) sessionStorage.setItem(`plesk-key-panel.key.${name}`, key);
sessionStorage.setItem('plesk-key-panel.activity', String(Date.now()));
