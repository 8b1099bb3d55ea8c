// A request body as text, up to a limit: shared by the API bridge and the recovery form.
import type http from 'node:http';

/**
 * The request body as text, or null when it is larger than `maxBytes`. Past the limit the rest is
 * read and dropped, and the answer waits for the end of the request, so the client sees the 413
 * instead of a connection reset in the middle of its upload. (Node's requestTimeout bounds a
 * request that never ends.)
 */
export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > maxBytes ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
