/** An HTTP request sent as written: fetch() would normalise the very paths a probe is about. */
import { request } from 'node:http';

export interface RawReply {
  status: number;
  body: string;
}

export function rawRequest(
  port: number,
  method: string,
  path: string,
  options: { host?: string; body?: string; origin?: string } = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false, // one connection per probe: a probe must not inherit another's socket
        headers: {
          host: options.host ?? `127.0.0.1:${port}`,
          ...(options.origin ? { origin: options.origin } : {}),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
