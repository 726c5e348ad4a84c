/** @module @virta/indicators */
export const packageName = "@virta/indicators";
