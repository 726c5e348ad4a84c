/** @module @virta/cli */
export const packageName = "@virta/cli";
