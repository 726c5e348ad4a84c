export {
  DECIMAL_PRECISION,
  Decimal,
  decimalFromNumber,
  formatExactDecimal,
  parseExactDecimal,
  tryParseExactDecimal,
} from "./decimal";
export { type ExactInput, MAX_DECIMALS, roundHalfAwayFromZero, roundRatio } from "./rounding";
export { quantileType7, quantileValue } from "./quantile";
