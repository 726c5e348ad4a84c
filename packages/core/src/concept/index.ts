/** The declaration of a concept as data, and its row rules compiled for the validators (issue 13). */
export { answerRangeOf } from "./declaration";
export type {
  AnswerRangeDeclaration,
  ConceptDeclaration,
  ConceptFieldType,
  DecimalDigitsDeclaration,
  FieldDeclaration,
  RangeByDeclaration,
  RowRuleDeclaration,
} from "./declaration";
export { compileRuleFailure, ruleFailureSource } from "./row-rule";
