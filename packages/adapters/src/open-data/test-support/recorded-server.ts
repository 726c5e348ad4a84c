/**
 * A local `node:http` server on 127.0.0.1 (port 0) that serves recorded open-data answers, for the
 * clients' tests (sources.md: nothing is reachable from the test machines). Each route answers from a
 * list of responses in turn (the last one repeats), so "500 then success" and "stalls" are written as
 * data. Every request is recorded for assertions (method, path with query, body).
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

/** One recorded answer. */
export interface RecordedResponse {
  status?: number;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  contentType?: string;
  /** Wait this long before answering (to provoke a client timeout). */
  delayMs?: number;
}

/** A route: method and path (query included, exactly as the client sends it) → answers in turn. */
export interface RecordedRoute {
  method?: "GET" | "POST";
  path: string;
  responses: RecordedResponse[];
}

/** A request the server received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  body: string;
}

/** A running server. */
export interface RecordedServer {
  baseUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** Reads a file of `packages/adapters/test-fixtures/`. */
export function readFixture(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../test-fixtures/${relativePath}`, import.meta.url)), "utf8");
}

/** Reads and parses a JSON file of `packages/adapters/test-fixtures/`. */
export function readJsonFixture(relativePath: string): unknown {
  return JSON.parse(readFixture(relativePath)) as unknown;
}

/** Starts a server for the routes; `prefix` is prepended to every route path and to `baseUrl`. */
export async function startRecordedServer(routes: RecordedRoute[], prefix = ""): Promise<RecordedServer> {
  const served = new Map<RecordedRoute, number>();
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const method = request.method ?? "GET";
      const path = request.url ?? "/";
      requests.push({ method, path, body: Buffer.concat(chunks).toString("utf8") });
      const route = routes.find(
        (candidate) => (candidate.method ?? "GET") === method && prefix + candidate.path === path,
      );
      if (!route) {
        response.writeHead(404, { "content-type": "text/plain" }).end(`no recorded answer for ${method} ${path}`);
        return;
      }
      const index = served.get(route) ?? 0;
      served.set(route, index + 1);
      const recorded = route.responses[Math.min(index, route.responses.length - 1)] ?? {};
      const send = () => {
        if (response.destroyed) return;
        const body =
          typeof recorded.body === "string"
            ? recorded.body
            : recorded.body === undefined
              ? ""
              : JSON.stringify(recorded.body);
        response
          .writeHead(recorded.status ?? 200, {
            "content-type": recorded.contentType ?? "application/json; charset=utf-8",
          })
          .end(body);
      };
      if (recorded.delayMs) setTimeout(send, recorded.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
