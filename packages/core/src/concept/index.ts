/** The declaration of a concept as data, and its row rules compiled for the validators (issue 13). */
export type {
  ConceptDeclaration,
  ConceptFieldType,
  DecimalDigitsDeclaration,
  FieldDeclaration,
  RowRuleDeclaration,
} from "./declaration";
export { compileRuleFailure, ruleFailureSource } from "./row-rule";
