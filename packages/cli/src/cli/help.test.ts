/**
 * The help texts stay true to the registries they describe without importing them at start-up (help is
 * plain text, so `virta --version` and `virta --help` stay quick): a concept added to the registry
 * must be named in `virta validate --help`, and every command has a help text.
 */
import { CONCEPT_NAMES } from "@virta/concepts";
import { describe, expect, test } from "vitest";
import { COMMAND_HELP, MAIN_HELP } from "./help";

describe("help texts", () => {
  test("validate's help names every concept of the registry, in the registry's order", () => {
    const listed = /concept model \(([^)]*)\)/.exec(COMMAND_HELP.validate!)![1]!.split(/,\s*/);
    expect(listed).toEqual([...CONCEPT_NAMES]);
  });

  test("the main help names every command that has a help text", () => {
    for (const command of Object.keys(COMMAND_HELP)) expect(MAIN_HELP, command).toContain(command);
  });
});
