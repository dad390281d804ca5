// Loaded with `node --import` into a process the bench times: at exit it writes the process's
// peak resident memory to stderr on a line of its own, so the bench can read it.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
