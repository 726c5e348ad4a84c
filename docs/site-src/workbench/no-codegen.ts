/**
 * Switches run-time code generation off in the workbench's worker before the packages load: the
 * validator and the in-memory engine generate code with `new Function` where allowed and otherwise use
 * their plain loops (same results, F34). Under a strict Content-Security-Policy without `unsafe-eval`
 * even the attempt is reported as a violation in the console, so the worker never makes it: `Function`
 * throws at once (the packages catch that and take the plain path).
 */
const original = globalThis.Function;
const off = function off(): never {
  throw new EvalError("code generation is switched off in the workbench (strict CSP)");
} as unknown as FunctionConstructor;
off.prototype = original.prototype;
Object.defineProperty(globalThis, "Function", { value: off, writable: true, configurable: true });

export {};
