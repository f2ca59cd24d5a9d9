import { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { SearchData } from '../eval/data.ts';
import type { Individual } from './individual.ts';

const TARGET_FEASIBLE = 0.43;

/**
 * Adapts the load and time-warp penalties so that about TARGET_FEASIBLE of the local-search
 * outputs are feasible on each dimension (HGS): too few feasible → raise, too many → lower.
 */
export class PenaltyManager {
  private loadPenalty: number;
  private twPenalty = 1;
  private loadOk: boolean[] = [];
  private twOk: boolean[] = [];
  private current: CostEvaluator;

  /** `updateEvery`: LS outputs between adjustments (HGS uses ~100; shorter reacts faster). */
  constructor(
    private readonly data: SearchData,
    private readonly updateEvery = 50,
  ) {
    let maxDist = 0;
    for (const d of data.dist) if (d > maxDist) maxDist = d;
    let maxDemand = 0;
    for (const q of data.demand) if (q > maxDemand) maxDemand = q;
    this.loadPenalty = Math.max(0.1, Math.min(1000, maxDist / Math.max(maxDemand, 1)));
    this.current = this.build();
  }

  evaluator(): CostEvaluator {
    return this.current;
  }

  record(ind: Individual): void {
    this.loadOk.push(ind.excessLoad < 1e-9);
    this.twOk.push(ind.timeWarp < 1e-9);
  }

  maybeUpdate(): void {
    if (this.loadOk.length < this.updateEvery) return;
    this.loadPenalty = adjust(this.loadPenalty, share(this.loadOk));
    this.twPenalty = adjust(this.twPenalty, share(this.twOk));
    this.loadOk = [];
    this.twOk = [];
    this.current = this.build();
  }

  private build(): CostEvaluator {
    return new CostEvaluator(this.data.capacity, this.loadPenalty, this.twPenalty, this.data.fixedVehicleCost);
  }
}

function share(xs: boolean[]): number {
  return xs.filter(Boolean).length / xs.length;
}

function adjust(penalty: number, feasibleShare: number): number {
  if (feasibleShare < TARGET_FEASIBLE - 0.05) return Math.min(100_000, penalty * 1.25);
  if (feasibleShare > TARGET_FEASIBLE + 0.05) return Math.max(0.1, penalty * 0.85);
  return penalty;
}
