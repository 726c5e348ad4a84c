export { EXPRESSION_OPERATORS, childrenOf, fieldsOf } from "./expression";
export type { ComparisonOperator, EffectiveRule, Expression, ParameterName, ValueType } from "./expression";
export { $, toExpression } from "./builder";
export { ENGLISH_EXPRESSION_WORDS, type ExpressionWords, expressionText } from "./text";
