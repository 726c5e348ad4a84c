/** @module @virta/concepts */
export const packageName = "@virta/concepts";
