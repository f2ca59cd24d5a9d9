import type { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { Rng } from './rng.ts';
import type { Individual } from './individual.ts';
import { brokenPairs, penalisedCost } from './individual.ts';

export interface PopulationParams {
  minSize: number;
  generationSize: number;
  nbElite: number;
  nbClose: number;
}

interface Member {
  ind: Individual;
  /** distances to the other members of the same sub-population */
  prox: Map<Member, number>;
  fitness: number;
  /** cached diversity contribution; NaN when prox changed */
  div: number;
}

/**
 * HGS population: feasible and infeasible sub-populations, each trimmed from μ+λ back to μ by
 * biased fitness (cost rank plus diversity rank), removing clones first, so the search keeps good
 * and different solutions.
 */
export class Population {
  private readonly feas: Member[] = [];
  private readonly infeas: Member[] = [];

  private readonly closest: Float64Array;

  constructor(private readonly params: PopulationParams) {
    this.closest = new Float64Array(params.nbClose);
  }

  get size(): number {
    return this.feas.length + this.infeas.length;
  }

  add(ind: Individual, ce: CostEvaluator): void {
    const sub = ind.feasible ? this.feas : this.infeas;
    const m: Member = { ind, prox: new Map(), fitness: 0, div: NaN };
    for (const o of sub) {
      const d = brokenPairs(ind, o.ind);
      m.prox.set(o, d);
      o.prox.set(m, d);
      o.div = NaN;
    }
    sub.push(m);
    if (sub.length > this.params.minSize + this.params.generationSize) {
      while (sub.length > this.params.minSize) this.removeWorst(sub, ce);
    }
  }

  clear(): void {
    this.feas.length = 0;
    this.infeas.length = 0;
  }

  /** Recomputes biased fitness; call once before the selections of a generation. */
  prepareSelection(ce: CostEvaluator): void {
    this.updateFitness(this.feas, ce);
    this.updateFitness(this.infeas, ce);
  }

  /** Binary tournament on biased fitness over both sub-populations. */
  select(rng: Rng): Individual {
    const all = this.size;
    const pick = () => {
      const i = rng.int(all);
      return i < this.feas.length ? this.feas[i]! : this.infeas[i - this.feas.length]!;
    };
    const a = pick();
    const b = pick();
    return (a.fitness <= b.fitness ? a : b).ind;
  }

  /** Mean distance to the nbClose nearest members, as diversity contribution. */
  private diversity(m: Member): number {
    if (Number.isNaN(m.div)) m.div = this.computeDiversity(m);
    return m.div;
  }

  private computeDiversity(m: Member): number {
    // the nbClose smallest distances by insertion into a tiny sorted buffer: no sort, no allocation
    const k = this.params.nbClose;
    const buf = this.closest;
    let count = 0;
    for (const d of m.prox.values()) {
      if (count === k && d >= buf[k - 1]!) continue;
      let i = count < k ? count++ : k - 1;
      while (i > 0 && buf[i - 1]! > d) {
        buf[i] = buf[i - 1]!;
        i--;
      }
      buf[i] = d;
    }
    if (count === 0) return 0;
    let s = 0;
    for (let i = 0; i < count; i++) s += buf[i]!;
    return s / count;
  }

  private updateFitness(sub: Member[], ce: CostEvaluator): void {
    const size = sub.length;
    if (size === 0) return;
    if (size === 1) {
      sub[0]!.fitness = 0;
      return;
    }
    const costs = sub.map((m, i) => ({ i, c: penalisedCost(m.ind, ce), d: this.diversity(m) }));
    const byCost = [...costs].sort((a, b) => a.c - b.c || a.i - b.i);
    const costRank = new Int32Array(size);
    byCost.forEach((x, r) => (costRank[x.i] = r));
    const byDiv = [...costs].sort((a, b) => b.d - a.d || a.i - b.i);
    const divRank = new Int32Array(size);
    byDiv.forEach((x, r) => (divRank[x.i] = r));
    const eliteWeight = 1 - this.params.nbElite / size;
    sub.forEach((m, i) => {
      m.fitness = costRank[i]! / (size - 1) + eliteWeight * (divRank[i]! / (size - 1));
    });
  }

  private removeWorst(sub: Member[], ce: CostEvaluator): void {
    this.updateFitness(sub, ce);
    let worst = -1;
    let worstClone = false;
    let worstFit = -Infinity;
    for (let i = 0; i < sub.length; i++) {
      const m = sub[i]!;
      let clone = false;
      for (const d of m.prox.values()) {
        if (d < 1e-9) {
          clone = true;
          break;
        }
      }
      if ((clone && !worstClone) || (clone === worstClone && m.fitness > worstFit)) {
        worst = i;
        worstClone = clone;
        worstFit = m.fitness;
      }
    }
    const [gone] = sub.splice(worst, 1);
    if (!gone) return;
    for (const o of sub) {
      o.prox.delete(gone);
      o.div = NaN;
    }
  }
}
