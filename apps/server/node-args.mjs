// Node options the server runs with (`npm start`, the benchmarks, tests of a second process).
// A young generation of 64 MB semi-spaces instead of 16: a search or booking makes short-lived
// objects by the hundred, and with small semi-spaces many survive into the old generation, whose
// collections then cost a fifth of the catalogue search's CPU (measured: 446 → 567 searches/s).
export const serverNodeArgs = ['--max-semi-space-size=64'];
