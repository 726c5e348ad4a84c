import { describe, expect, it } from "vitest";
import { packageName } from "./index";

describe("@virta/core", () => {
  it("is named", () => expect(packageName).toBe("@virta/core"));
});
