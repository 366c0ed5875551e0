/** A free loopback port (TCP and UDP both free), for engines a test starts. */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

function tcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createSocket('udp4');
    s.once('error', () => resolve(false));
    s.bind(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** Resolves to a port free for both TCP and UDP on 127.0.0.1 (DNS needs both). */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const p = await tcpPort();
    if (await udpFree(p)) return p;
  }
  throw new Error('no free loopback port found');
}
