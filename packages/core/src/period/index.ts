export {
  type Period,
  type PeriodKind,
  SUB_PERIOD_KINDS,
  type SubPeriodKind,
  assertSubPeriodNests,
  parsePeriod,
  subPeriodKey,
  subPeriodKeys,
} from "./period";
