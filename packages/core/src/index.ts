/** @module @virta/core */
export const packageName = "@virta/core";
