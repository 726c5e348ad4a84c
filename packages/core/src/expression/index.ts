export { EXPRESSION_OPERATORS, childrenOf, fieldsOf } from "./expression";
export type { ComparisonOperator, EffectiveRule, Expression, ParameterName, ValueType } from "./expression";
export { $, toExpression } from "./builder";
