/** SQL validation compiled from a concept declaration given as data (issue 15, F34). */
export type { SqlValidationData } from "./declaration";
export { textLiteral, textOps, type TextOps } from "./dialect-text";
export {
  compileValidationSql,
  MUNICIPALITY_CLASSIFICATION,
  municipalityClassificationSql,
  validationQuery,
  type CompiledValidation,
  type NamedCte,
  type ValidationSqlOptions,
} from "./validation-sql";
export { MAX_TRUSTED_DISTINCT, trustedFieldsOf, trustProbeSql, type TrustProbeOptions } from "./trusted-fields";
