/** A static file server on 127.0.0.1 for the workbench's browser test and benchmark, with the page's CSP. */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { WORKBENCH_CSP } from "../../../../docs/site-src/workbench-page";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

/** Serves `folder` on 127.0.0.1 (a free port) with the workbench's policy on every response. */
export function serve(folder: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^\/+/, "");
    const file = join(folder, path || "index.html");
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-security-policy": WORKBENCH_CSP,
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as { port: number };
      resolve({ server, base: `http://127.0.0.1:${address.port}/` });
    }),
  );
}
