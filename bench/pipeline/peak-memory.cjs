/**
 * Preloaded into a whole `virta` process by `bench/large-extract.ts` (`node --require`): prints the
 * process's peak resident memory on stderr as it exits (`process.resourceUsage().maxRSS`, in KiB; the
 * whole process, DuckDB's memory included). A worker thread that loads it prints its own line too; the
 * caller keeps the largest.
 */
process.on("exit", () => {
  process.stderr.write(`\nvirta-bench-peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
