/** @module @virta/adapters */
export const packageName = "@virta/adapters";
