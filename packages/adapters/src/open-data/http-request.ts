/**
 * The one HTTP path every open-data client (Sotkanet, Statistics Finland PxWeb, Kela) goes through:
 * Node's global `fetch` with an `AbortController` timeout that covers the whole answer (headers and
 * body), retries with exponential backoff on HTTP 5xx and on connection failures, and errors that name
 * the URL and say what happened. An answer is never turned into empty data on failure
 * (spec README, "Nothing lost silently"; sources.md: every client takes a base URL so that tests can
 * serve recorded answers from a local server).
 *
 * Error codes (all `VirtaError`s, exit code 1 unless said otherwise):
 * - `open_data_http_error` — a 5xx after the last attempt, or any other non-2xx status (not retried);
 * - `open_data_not_found` — HTTP 404 (clients turn this into their own "unknown indicator/table" error);
 * - `open_data_timeout` — no complete answer within `timeoutMs` (not retried: a stalled service would
 *   multiply the wait);
 * - `open_data_unreachable` — the connection failed on every attempt;
 * - `open_data_malformed` — the body is not the JSON the client expected.
 */
import { DataError, VirtaError } from "@virta/core";

/** Retry policy for HTTP 5xx answers and failed connections. */
export interface RetryOptions {
  /** Total attempts, the first included (default 3; 1 turns retries off). */
  attempts?: number;
  /** Wait before the second attempt in milliseconds; doubled before each further one (default 500). */
  baseDelayMs?: number;
}

/** Options every open-data request accepts. */
export interface OpenDataRequestOptions {
  /** Milliseconds allowed for one attempt, body included (default 30 000). */
  timeoutMs?: number;
  /** Retry policy (defaults: 3 attempts, 500 ms, 1 s). */
  retry?: RetryOptions;
}

/** One request: the address, and for a POST the JSON body. */
export interface OpenDataRequest {
  url: string;
  method?: "GET" | "POST";
  /** Serialised as JSON with `content-type: application/json`. */
  jsonBody?: unknown;
}

/** A successful (2xx) answer, its body read as text. */
export interface OpenDataResponse {
  url: string;
  status: number;
  contentType: string;
  text: string;
}

const defaultTimeoutMs = 30_000;
const defaultAttempts = 3;
const defaultBaseDelayMs = 500;

/**
 * The wait before attempt `attempt` (2, 3, …): `baseDelayMs · 2^(attempt − 2)`.
 *
 * @example
 * ```ts
 * backoffDelayMs(2, 500); // 500
 * backoffDelayMs(4, 500); // 2000
 * ```
 */
export function backoffDelayMs(attempt: number, baseDelayMs: number): number {
  return baseDelayMs * 2 ** Math.max(0, attempt - 2);
}

/**
 * Sends one request with timeout and retries and returns the 2xx answer as text; throws a
 * `VirtaError` naming the URL otherwise (codes in the module header).
 *
 * @example
 * ```ts
 * const answer = await requestText({ url: "https://sotkanet.fi/rest/1.1/regions" }, { timeoutMs: 10_000 });
 * console.log(answer.status, answer.text.length);
 * ```
 */
export async function requestText(
  request: OpenDataRequest,
  options: OpenDataRequestOptions = {},
): Promise<OpenDataResponse> {
  const attempts = Math.max(1, Math.floor(options.retry?.attempts ?? defaultAttempts));
  const baseDelayMs = Math.max(0, options.retry?.baseDelayMs ?? defaultBaseDelayMs);
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const method = request.method ?? "GET";
  let lastFailure = "";
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    if (attempt > 1) await sleep(backoffDelayMs(attempt, baseDelayMs));
    const outcome = await attemptOnce(request.url, method, request.jsonBody, timeoutMs);
    if (outcome.kind === "ok") return outcome.response;
    if (outcome.kind === "status") {
      if (outcome.status === 404) {
        throw new VirtaError(
          "open_data_not_found",
          `${method} ${request.url}: HTTP 404 Not Found (the address names no table, indicator or ` +
            `file the service knows)`,
          1,
          { url: request.url, status: 404 },
        );
      }
      if (outcome.status < 500) {
        throw new VirtaError(
          "open_data_http_error",
          `${method} ${request.url}: HTTP ${outcome.status}${snippet(outcome.body)}; expected a 2xx answer`,
          1,
          { url: request.url, status: outcome.status },
        );
      }
      lastFailure = `HTTP ${outcome.status}${snippet(outcome.body)}`;
      if (attempt === attempts) {
        throw new VirtaError(
          "open_data_http_error",
          `${method} ${request.url}: ${lastFailure} after ${attempts} attempt(s); the service is ` +
            `failing: try again later or allow more attempts (retry.attempts)`,
          1,
          { url: request.url, status: outcome.status, attempts },
        );
      }
    } else if (outcome.kind === "timeout") {
      throw new VirtaError(
        "open_data_timeout",
        `${method} ${request.url}: no complete answer within ${timeoutMs} ms; the service is slow ` +
          `or unreachable, raise the timeout or try again later`,
        1,
        { url: request.url, timeoutMs },
      );
    } else {
      lastFailure = outcome.message;
      if (attempt === attempts) {
        throw new VirtaError(
          "open_data_unreachable",
          `${method} ${request.url}: cannot connect (${lastFailure}) after ${attempts} attempt(s); ` +
            `check the base URL and the network`,
          1,
          { url: request.url, attempts },
        );
      }
    }
  }
  /* c8 ignore next */
  throw new VirtaError("open_data_http_error", `${method} ${request.url}: ${lastFailure}`, 1, { url: request.url });
}

/**
 * Like {@link requestText}, then parses the body as JSON; a body that is not JSON (or is empty) is a
 * `DataError` `open_data_malformed` naming the URL.
 *
 * @example
 * ```ts
 * const regions = await requestJson({ url: "https://sotkanet.fi/rest/1.1/regions" });
 * ```
 */
export async function requestJson(request: OpenDataRequest, options: OpenDataRequestOptions = {}): Promise<unknown> {
  const response = await requestText(request, options);
  return parseJsonBody(response);
}

/**
 * Parses an answer's body as JSON or throws `open_data_malformed` naming the URL.
 *
 * @example
 * ```ts
 * parseJsonBody({ url: "http://x/a", status: 200, contentType: "application/json", text: "[1]" }); // [1]
 * ```
 */
export function parseJsonBody(response: OpenDataResponse): unknown {
  if (response.text.trim() === "") {
    throw new DataError("open_data_malformed", `${response.url}: the answer is empty; expected a JSON document`, {
      url: response.url,
    });
  }
  try {
    return JSON.parse(response.text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError(
      "open_data_malformed",
      `${response.url}: the answer is not valid JSON (${reason})${snippet(response.text)}; expected a JSON document`,
      { url: response.url },
    );
  }
}

/**
 * Joins a base URL and a path with exactly one slash, keeping any path the base already has.
 *
 * @example
 * ```ts
 * joinUrl("https://sotkanet.fi/rest/1.1/", "/regions"); // "https://sotkanet.fi/rest/1.1/regions"
 * ```
 */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

type Attempt =
  | { kind: "ok"; response: OpenDataResponse }
  | { kind: "status"; status: number; body: string }
  | { kind: "timeout" }
  | { kind: "network"; message: string };

async function attemptOnce(url: string, method: string, jsonBody: unknown, timeoutMs: number): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const init: RequestInit = {
      method,
      signal: controller.signal,
      headers: { accept: "application/json, text/csv;q=0.9, */*;q=0.1" },
    };
    if (jsonBody !== undefined) {
      init.body = JSON.stringify(jsonBody);
      init.headers = { ...init.headers, "content-type": "application/json" };
    }
    const response = await fetch(url, init);
    const text = await response.text();
    if (response.status < 200 || response.status > 299) return { kind: "status", status: response.status, body: text };
    return {
      kind: "ok",
      response: { url, status: response.status, contentType: response.headers.get("content-type") ?? "", text },
    };
  } catch (error) {
    if (timedOut) return { kind: "timeout" };
    return { kind: "network", message: describeNetworkError(error) };
  } finally {
    clearTimeout(timer);
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) return `${error.message}: ${cause.message}`;
  return error.message;
}

function snippet(body: string): string {
  const trimmed = body.trim();
  if (trimmed === "") return "";
  const cut = [...trimmed].slice(0, 80).join("");
  return ` (answer began: ${JSON.stringify(cut)})`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
