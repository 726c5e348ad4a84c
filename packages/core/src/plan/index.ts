export { isSubPeriodDimension, planComputation } from "./plan";
export type { ComputeOptions, Plan, PlannedDimension } from "./plan";
