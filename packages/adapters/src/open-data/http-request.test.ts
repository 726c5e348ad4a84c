import { VirtaError } from "@virta/core";
import { afterEach, describe, expect, it } from "vitest";
import { backoffDelayMs, joinUrl, requestJson, requestText } from "./http-request";
import { startRecordedServer, type RecordedServer } from "./test-support/recorded-server";

let server: RecordedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { timeoutMs: 2000, retry: { attempts: 3, baseDelayMs: 5 } };

describe("backoffDelayMs (exponential backoff)", () => {
  it("waits base, 2·base, 4·base before attempts 2, 3, 4", () => {
    expect([2, 3, 4].map((attempt) => backoffDelayMs(attempt, 500))).toEqual([500, 1000, 2000]);
  });
});

describe("joinUrl", () => {
  it("joins with exactly one slash and keeps the base path", () => {
    expect(joinUrl("https://sotkanet.fi/rest/1.1/", "/regions")).toBe("https://sotkanet.fi/rest/1.1/regions");
    expect(joinUrl("http://127.0.0.1:9/a", "b?c=1")).toBe("http://127.0.0.1:9/a/b?c=1");
  });
});

describe("requestText / requestJson against a local server", () => {
  it("retries HTTP 500 and returns the third answer", async () => {
    server = await startRecordedServer([
      { path: "/x", responses: [{ status: 500, body: "down" }, { status: 503, body: "busy" }, { body: [1, 2] }] },
    ]);
    expect(await requestJson({ url: `${server.baseUrl}/x` }, fast)).toEqual([1, 2]);
    expect(server.requests).toHaveLength(3);
  });

  it("gives up after the configured attempts with an error naming the URL and the status", async () => {
    server = await startRecordedServer([{ path: "/x", responses: [{ status: 502, body: "bad gateway" }] }]);
    const failure = requestText({ url: `${server.baseUrl}/x` }, { ...fast, retry: { attempts: 2, baseDelayMs: 1 } });
    await expect(failure).rejects.toMatchObject({
      code: "open_data_http_error",
      exitCode: 1,
      details: { status: 502, attempts: 2 },
    });
    await expect(
      requestText({ url: `${server.baseUrl}/x` }, { ...fast, retry: { attempts: 2, baseDelayMs: 1 } }),
    ).rejects.toThrow(`GET ${server.baseUrl}/x: HTTP 502`);
    expect(server.requests).toHaveLength(4);
  });

  it("does not retry a 4xx answer", async () => {
    server = await startRecordedServer([{ path: "/x", responses: [{ status: 400, body: "bad query" }] }]);
    await expect(requestText({ url: `${server.baseUrl}/x` }, fast)).rejects.toMatchObject({
      code: "open_data_http_error",
      details: { status: 400 },
    });
    expect(server.requests).toHaveLength(1);
  });

  it("reports 404 as open_data_not_found", async () => {
    server = await startRecordedServer([]);
    await expect(requestText({ url: `${server.baseUrl}/nothing` }, fast)).rejects.toMatchObject({
      code: "open_data_not_found",
      details: { status: 404 },
    });
  });

  it("stops a stalled answer after timeoutMs with a clear timeout error (not retried)", async () => {
    server = await startRecordedServer([{ path: "/slow", responses: [{ body: [], delayMs: 1500 }] }]);
    const started = Date.now();
    const error = await requestText(
      { url: `${server.baseUrl}/slow` },
      { timeoutMs: 100, retry: { attempts: 3, baseDelayMs: 1 } },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VirtaError);
    expect(error).toMatchObject({ code: "open_data_timeout", details: { timeoutMs: 100 } });
    expect((error as Error).message).toContain(`${server.baseUrl}/slow`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it("reports a refused connection after the retries as open_data_unreachable", async () => {
    server = await startRecordedServer([]);
    const url = `${server.baseUrl}/x`;
    await server.close();
    server = undefined;
    await expect(
      requestText({ url }, { timeoutMs: 1000, retry: { attempts: 2, baseDelayMs: 1 } }),
    ).rejects.toMatchObject({ code: "open_data_unreachable", details: { url, attempts: 2 } });
  });

  it("names the URL when the body is not JSON, and when it is empty", async () => {
    server = await startRecordedServer([
      { path: "/bad", responses: [{ body: '[{"id": 1,', contentType: "application/json" }] },
      { path: "/empty", responses: [{ body: "" }] },
    ]);
    await expect(requestJson({ url: `${server.baseUrl}/bad` }, fast)).rejects.toMatchObject({
      code: "open_data_malformed",
      exitCode: 1,
    });
    await expect(requestJson({ url: `${server.baseUrl}/bad` }, fast)).rejects.toThrow(
      `${server.baseUrl}/bad: the answer is not valid JSON`,
    );
    await expect(requestJson({ url: `${server.baseUrl}/empty` }, fast)).rejects.toThrow(
      `${server.baseUrl}/empty: the answer is empty`,
    );
  });

  it("sends a POST body as JSON", async () => {
    server = await startRecordedServer([{ method: "POST", path: "/q", responses: [{ body: { ok: true } }] }]);
    expect(await requestJson({ url: `${server.baseUrl}/q`, method: "POST", jsonBody: { query: [] } }, fast)).toEqual({
      ok: true,
    });
    expect(server.requests[0]).toMatchObject({ method: "POST", body: '{"query":[]}' });
  });
});
