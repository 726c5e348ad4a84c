export {
  DECIMAL_PRECISION,
  Decimal,
  decimalFromNumber,
  formatExactDecimal,
  parseExactDecimal,
  tryParseExactDecimal,
} from "./decimal";
export {
  type ExactInput,
  fixedText,
  MAX_DECIMALS,
  roundHalfAwayFromZero,
  roundRatio,
  roundRatioExact,
} from "./rounding";
export { canonicalDecimalText, type ExactNumber, exactNumber, isExactNumber } from "./exact-number";
export { quantileType7, quantileValue } from "./quantile";
