import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson (RFC 8785, F32)", () => {
  it("reproduces the example of RFC 8785 section 3.2.2", () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": ' +
        '"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it("sorts keys by UTF-16 code units (RFC 8785 section 3.2.3)", () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    // (Object.keys of the parsed text would list "1" first: integer-like keys come first in JS objects.)
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it("writes numbers in ECMAScript's shortest form, −0 as 0", () => {
    expect(canonicalJson([0, -0, 1, -1.5, 1e21, 1e-7, 0.1, 100, 5e-324])).toBe(
      "[0,0,1,-1.5,1e+21,1e-7,0.1,100,5e-324]",
    );
  });

  it("nests, sorts every level, leaves out undefined properties and adds no white space", () => {
    expect(canonicalJson({ b: { d: 1, c: [true, { z: null, a: "x" }] }, a: undefined, e: "" })).toBe(
      '{"b":{"c":[true,{"a":"x","z":null}],"d":1},"e":""}',
    );
    expect(canonicalJson(Object.assign(Object.create(null) as object, { k: 1 }))).toBe('{"k":1}');
    expect(canonicalJson("é\u2028")).toBe('"é\u2028"');
  });

  it.each([
    ["a non-finite number", { a: [1, Number.NaN] }, "value at $.a[1] is the non-finite number NaN"],
    ["Infinity", Number.POSITIVE_INFINITY, "value at $ is the non-finite number Infinity"],
    ["a function", { f: () => 1 }, "value at $.f is a function"],
    ["a bigint", { n: 1n }, "value at $.n is a bigint"],
    ["a symbol", [Symbol("s")], "value at $[0] is a symbol"],
    ["undefined in an array", [undefined], "value at $[0] is undefined"],
    ["undefined at the top", undefined, "value at $ is a undefined"],
    ["a Date", { d: new Date(0) }, "value at $.d is an instance of Date"],
    ["a Map", new Map(), "value at $ is an instance of Map"],
    ["a lone surrogate", { s: "\ud800x" }, "value at $.s is a string with a lone surrogate (not I-JSON)"],
  ])("refuses %s, naming its path", (_, value, message) => {
    expect(() => canonicalJson(value)).toThrow(UsageError);
    expect(() => canonicalJson(value)).toThrow(
      `${message}: canonical JSON (RFC 8785) accepts only null, booleans, finite numbers, strings, arrays and plain ` +
        "objects",
    );
  });

  it("refuses cycles but accepts shared subtrees", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow("value at $.self is a cycle");
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });
});
