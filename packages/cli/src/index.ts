/** @module @virta/cli */
export const packageName = "@virta/cli";
export { run, COMMANDS } from "./cli/run";
export { processIo, memoryIo, type CliIo } from "./cli/io";
export {
  generateDemoData,
  demoCsv,
  DEMO_COLUMNS,
  type DemoData,
  type DemoOptions,
  type DemoRow,
} from "./demo/generate";
export { createRandom, type Random } from "./demo/random";
export { resultTable } from "./demo/print-table";
