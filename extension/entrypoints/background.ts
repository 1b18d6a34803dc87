export default defineBackground(() => {
  // Placeholder until the extension issue lands: keeps `wxt prepare` working.
});
