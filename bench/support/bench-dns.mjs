// Preloaded (NODE_OPTIONS=--import) into service processes a benchmark spawns: host names ending
// in .bench.test resolve to 127.0.0.1, as bench/crawl-web.ts's benchResolver does in-process, so
// the bench web's outlets keep their own host names (and per-host politeness) across processes.
// Everything else goes to the system resolver unchanged.
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';

const isBench = (host) => typeof host === 'string' && host.endsWith('.bench.test');
const answer = (options) => {
  const all = typeof options === 'object' && options?.all;
  return all ? [{ address: '127.0.0.1', family: 4 }] : { address: '127.0.0.1', family: 4 };
};

const promisesLookup = dns.promises.lookup;
dns.promises.lookup = (host, options) =>
  isBench(host) ? Promise.resolve(answer(options)) : promisesLookup(host, options);

const callbackLookup = dns.lookup;
dns.lookup = (host, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  if (!isBench(host)) return callbackLookup(host, options, callback);
  const result = answer(typeof options === 'function' ? {} : options);
  process.nextTick(() => (Array.isArray(result) ? done(null, result) : done(null, result.address, 4)));
  return undefined;
};
syncBuiltinESMExports();
