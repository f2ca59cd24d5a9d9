import autocannon from 'autocannon';
import { queryMix } from '/work/main/apps/server/bench/catalog-queries.ts';
const mix = queryMix(7);
const r = await autocannon({ url: 'http://127.0.0.1:3988', connections: 10, duration: 15, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: mix.next() }) }] });
console.log('req/s', r.requests.average, 'p50', r.latency.p50, 'p97.5', r.latency.p97_5, 'non2xx', r.non2xx);
