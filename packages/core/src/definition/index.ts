export type {
  BreakdownSpec,
  ChangelogEntry,
  Definition,
  IndicatorKind,
  JoinedDenominator,
  LocalizedText,
  PeriodForm,
  PopulationRule,
  SourceSpec,
  SumSpec,
} from "./definition";
export { NON_VALUE_FIELDS } from "./definition";
export { defineCheckedIndicator, definitionHash, valuePartOf } from "./define";
