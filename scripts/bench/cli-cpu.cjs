// Runs the CLI's main() in this process and prints the CPU time of all its threads (workers included) last on
// stderr: on a busy machine that, not the wall clock, says how fast the CLI is.
'use strict';
const cli = require(process.argv[2]);
const before = process.cpuUsage();
cli.main(process.argv.slice(3)).then((code) => {
  const cpu = process.cpuUsage(before);
  process.stderr.write(`\nBENCH_CPU_MS ${(cpu.user + cpu.system) / 1000}\n`);
  process.exitCode = code;
});
