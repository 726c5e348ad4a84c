/**
 * The package's name and version, written into every result's `library` block (interfaces.md). Kept equal to
 * package.json by a test.
 */
export const LIBRARY = { name: "@virta/indicators", version: "0.1.0" } as const;
