export { DataError, UsageError, VirtaError, type ExitCode } from "./errors";
