// Preloaded into each benchmarked server (`node --expose-gc -r ./bench/probe.js …`). Over IPC the benchmark
// asks for memory (RSS and heap, before and after a full garbage collection) and for a CPU profile of the
// steady state only: the inspector's sampling profiler, the same one `--cpu-prof` uses, started and stopped
// around a load so start-up (module loading, knowledge base parsing) does not dilute it.
const { writeFileSync } = require('node:fs');
const inspector = require('node:inspector');

let session;

process.on('message', (message) => {
  if (!process.send) return;
  if (message === 'probe') {
    const before = process.memoryUsage();
    if (typeof globalThis.gc === 'function') globalThis.gc();
    const after = process.memoryUsage();
    process.send({
      rss: before.rss,
      rssAfterGc: after.rss,
      heapUsedAfterGc: after.heapUsed,
      heapTotalAfterGc: after.heapTotal,
    });
  } else if (message === 'cpu') {
    // CPU time the process has used, in microseconds: per request, it does not depend on how busy the
    // machine's other cores are the way requests per second does.
    const { user, system } = process.cpuUsage();
    process.send({ cpuMicros: user + system });
  } else if (message === 'profile-start') {
    session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 500 }, () =>
        session.post('Profiler.start', () => process.send({ profiling: true })),
      ),
    );
  } else if (typeof message === 'object' && message && message.profileTo && session) {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(message.profileTo, JSON.stringify(result.profile));
      session.disconnect();
      process.send({ profiled: !error });
    });
  }
});
// The IPC channel must not keep a server alive on its own.
if (process.channel) process.channel.unref();
