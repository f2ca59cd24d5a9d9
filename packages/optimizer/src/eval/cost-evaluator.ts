/**
 * The one place that turns route statistics into a (penalised) cost. Infeasibility is priced, not
 * forbidden, during search (Vidal's HGS): excess load and time warp are multiplied by penalties that
 * the solver adapts to reach a target share of feasible solutions.
 */
export class CostEvaluator {
  constructor(
    readonly capacity: number,
    public loadPenalty: number,
    public twPenalty: number,
    readonly fixedVehicleCost: number,
  ) {}

  routeCost(dist: number, load: number, timeWarp: number, nonEmpty: boolean): number {
    const excess = load > this.capacity ? load - this.capacity : 0;
    return dist + this.loadPenalty * excess + this.twPenalty * timeWarp + (nonEmpty ? this.fixedVehicleCost : 0);
  }

  withBoost(factor: number): CostEvaluator {
    return new CostEvaluator(this.capacity, this.loadPenalty * factor, this.twPenalty * factor, this.fixedVehicleCost);
  }
}
