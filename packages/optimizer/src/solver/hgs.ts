import { performance } from 'node:perf_hooks';
import { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { SearchData } from '../eval/data.ts';
import { LocalSearch } from '../search/local-search.ts';
import { computeNeighbours } from '../search/neighbours.ts';
import type { Individual } from './individual.ts';
import { makeIndividual, penalisedCost } from './individual.ts';
import { PenaltyManager } from './penalty.ts';
import { Population } from './population.ts';
import { Rng } from './rng.ts';
import { split } from './split.ts';
import { srex } from './srex.ts';

export interface Progress {
  readonly elapsedMs: number;
  /** The run's time limit, so a progress bar can show elapsedMs / timeLimitMs. */
  readonly timeLimitMs: number;
  readonly iteration: number;
  /** Best feasible objective so far (Infinity until one is found). */
  readonly bestCost: number;
  readonly bestRoutes: number;
}

export interface HgsOptions {
  readonly timeLimitMs: number;
  readonly seed: number;
  readonly granularity?: number;
  /** μ and λ of the population (defaults 25 and 40 as in HGS). */
  readonly minPopulation?: number;
  readonly generationSize?: number;
  /** Share of the time limit the initial population may use (default 0.15, 0.05 for short runs). */
  readonly initTimeShare?: number;
  readonly maxIterations?: number;
  /** Iterations without improvement before the population restarts. */
  readonly restartAfter?: number;
  readonly onProgress?: (p: Progress) => void;
  /**
   * Hierarchical objective: fewest vehicles, then distance. Each time a feasible plan with r routes
   * is found the fleet is capped at r - 1 and the population is re-seeded from that plan with one
   * of its short routes dissolved; penalties then drive the search back to feasibility.
   */
  readonly minimiseFleet?: boolean;
  /** Route minimisation gives up after this share of the time (default 0.85) … */
  readonly fleetSettleShare?: number;
  /** LS outputs between penalty updates (default 50). */
  readonly penaltyUpdateEvery?: number;
  /** … or when the last successful cut is this share of the time ago (default 0.6). */
  readonly fleetStallShare?: number;
  /** Called at most this often (ms) with progress; the final state is always reported. */
  readonly progressEveryMs?: number;
}

export interface HgsResult {
  readonly routes: number[][];
  readonly cost: number;
  readonly distance: number;
  readonly feasible: boolean;
  readonly iterations: number;
  readonly elapsedMs: number;
}

/**
 * Hybrid genetic search (Vidal 2013/2022, in the spirit of PyVRP): order crossover + Split, granular
 * local search with penalised capacity and time warp, and a diversity-managed population. Stops on
 * the time limit (or iteration cap); deterministic for a seed apart from where the clock cuts it.
 */
export function solveHgs(data: SearchData, opts: HgsOptions): HgsResult {
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  const rng = new Rng(opts.seed);
  const neighbours = computeNeighbours(data, opts.granularity ?? 20);
  const penalties = new PenaltyManager(data, opts.penaltyUpdateEvery ?? 50);
  const ls = new LocalSearch(data, neighbours, penalties.evaluator());
  // Short runs (a few seconds) profit from a smaller population that starts breeding sooner;
  // longer runs use the HGS defaults (μ = 25, λ = 40, 15 % of the time for the first population).
  const short = opts.timeLimitMs < 3000;
  const mu = opts.minPopulation ?? (short ? 15 : 25);
  const pop = new Population({ minSize: mu, generationSize: opts.generationSize ?? (short ? 25 : 40), nbElite: 4, nbClose: 5 });
  const initShare = opts.initTimeShare ?? (short ? 0.05 : 0.15);
  const maxIter = opts.maxIterations ?? Infinity;
  const restartAfter = opts.restartAfter ?? 20_000;
  let fleet = data.maxVehicles;
  let fleetData: SearchData = data;
  const vehicleWeight = opts.minimiseFleet ? 1e6 : 0;
  let best: Individual | undefined;
  let bestCost = Infinity;
  let iter = 0;
  let sinceImprovement = 0;
  let lastReport = -Infinity;
  const report = (force: boolean) => {
    const t = elapsed();
    if (!opts.onProgress || (!force && t - lastReport < (opts.progressEveryMs ?? 200))) return;
    lastReport = t;
    opts.onProgress({ elapsedMs: t, timeLimitMs: opts.timeLimitMs, iteration: iter, bestCost, bestRoutes: best?.nRoutes ?? 0 });
  };
  const exactCost = new CostEvaluator(data.capacity, 0, 0, data.fixedVehicleCost + vehicleWeight);
  let fleetCut = false;
  /**
   * When a cut has not paid off for a while (fleetStallShare) or late in the run (fleetSettleShare),
   * the fleet is fixed at the best plan's size and the rest of the time polishes its distance.
   */
  let fleetSettled = false;
  let lastCut = 0;
  const settleShare = opts.fleetSettleShare ?? 0.85;
  const stallShare = opts.fleetStallShare ?? 0.6;
  const consider = (ind: Individual) => {
    const ce = penalties.evaluator();
    pop.add(ind, ce);
    if (ind.feasible && penalisedCost(ind, exactCost) < bestCost - 1e-9) {
      best = ind;
      bestCost = penalisedCost(ind, exactCost);
      sinceImprovement = 0;
      if (opts.minimiseFleet && !fleetSettled && ind.nRoutes <= fleet && ind.nRoutes > 1) fleetCut = true;
      report(false);
    }
  };
  const educate = (routes: readonly (readonly number[])[], missing: number[] = [], boost = 1) => {
    const ce = boost === 1 ? penalties.evaluator() : penalties.evaluator().withBoost(boost);
    let ind = makeIndividual(fleetData, ls.run(routes, ce, rng, missing, fleet));
    penalties.record(ind);
    consider(ind);
    if (!ind.feasible && rng.next() < 0.5) {
      ind = makeIndividual(fleetData, ls.run(ind.routes, ce.withBoost(10), rng, [], fleet));
      if (ind.feasible) consider(ind);
    }
  };
  const settleFleet = () => {
    fleetSettled = true;
    if (fleet >= best!.nRoutes) return;
    fleet = best!.nRoutes;
    fleetData = { ...data, maxVehicles: fleet };
    pop.clear();
    educate(best!.routes);
    initialise();
  };
  /** Route minimisation: cap the fleet below the best plan and restart from that plan. */
  const cutFleet = () => {
    fleetCut = false;
    lastCut = elapsed();
    const from = best!;
    fleet = from.nRoutes - 1;
    fleetData = { ...data, maxVehicles: fleet };
    pop.clear();
    const bySize = from.routes.map((r, i) => ({ i, n: r.length })).sort((a, b) => a.n - b.n || a.i - b.i);
    for (let k = 0; k < Math.min(6, bySize.length) && elapsed() < opts.timeLimitMs; k++) {
      const drop = bySize[k % Math.min(3, bySize.length)]!.i;
      const missing = rng.shuffle([...from.routes[drop]!]);
      educate(
        from.routes.filter((_, i) => i !== drop),
        missing,
      );
      if (fleetCut) return;
    }
  };
  const clients = Array.from({ length: data.n - 1 }, (_, i) => i + 1);
  const initialise = () => {
    const budget = opts.timeLimitMs * initShare;
    const t0 = elapsed();
    for (let k = 0; k < 4 * mu && iter < maxIter; k++) {
      if (k >= 4 && elapsed() - t0 > budget) break;
      // alternate random giant tours (diversity) with greedy insertion in random order, whose
      // outputs are usually feasible at once, so short runs always hold a feasible solution
      if (k % 2 === 0) educate([], rng.shuffle([...clients]), 100);
      else educate(split(fleetData, rng.shuffle([...clients]), penalties.evaluator()));
      iter++;
    }
  };
  initialise();
  while (fleetCut && elapsed() < opts.timeLimitMs) cutFleet();
  while (elapsed() < opts.timeLimitMs && iter < maxIter) {
    iter++;
    sinceImprovement++;
    const ce = penalties.evaluator();
    pop.prepareSelection(ce);
    const p1 = pop.select(rng);
    const p2 = pop.select(rng);
    const child = srex(data, p1.routes, p2.routes, rng);
    educate(child.routes, child.missing);
    penalties.maybeUpdate();
    while (fleetCut && elapsed() < opts.timeLimitMs) cutFleet();
    const stalled = elapsed() > settleShare * opts.timeLimitMs || elapsed() - lastCut > stallShare * opts.timeLimitMs;
    if (opts.minimiseFleet && !fleetSettled && best && stalled) settleFleet();
    if (sinceImprovement > restartAfter) {
      pop.clear();
      sinceImprovement = 0;
      initialise();
    }
    report(false);
  }
  report(true);
  const final = best ?? makeIndividual(data, []);
  return {
    routes: final.routes.map((r) => [...r]),
    cost: best ? bestCost : Infinity,
    distance: final.distance,
    feasible: best !== undefined,
    iterations: iter,
    elapsedMs: elapsed(),
  };
}
