// A loopback TCP listener whose target port is known only later. Connections made before the
// target is ready wait (paused); once it is ready they are piped through unchanged; if the target
// fails to come up, every waiting and later connection gets an HTTP 503 carrying the reason.
// This lets global setup hand out the search node's URL at once while its JVM is still starting.
import { connect, createServer, type Socket } from 'node:net';

export interface DeferredForwarder {
  /** The loopback port to hand out now. */
  port: number;
  /** Starts forwarding (queued connections first) to 127.0.0.1:`targetPort`. */
  forwardTo(targetPort: number): void;
  /** Answers queued and later connections with a 503 that says `reason`. */
  fail(reason: string): void;
  close(): Promise<void>;
}

type State = { kind: 'pending' } | { kind: 'ready'; port: number } | { kind: 'failed'; reason: string };

/** `onFirstConnection` runs once, when the first client connects (to start the target lazily). */
export function startDeferredForwarder(onFirstConnection?: () => void): Promise<DeferredForwarder> {
  let state: State = { kind: 'pending' };
  const waiting: Socket[] = [];
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const route = (socket: Socket) => {
    if (state.kind === 'ready') pipeTo(socket, state.port, track);
    else if (state.kind === 'failed') socket.end(serviceUnavailable(state.reason));
  };
  let connected = false;
  const server = createServer({ allowHalfOpen: true, pauseOnConnect: true }, (socket) => {
    track(socket);
    if (!connected) {
      connected = true;
      onFirstConnection?.();
    }
    if (state.kind === 'pending') waiting.push(socket);
    else route(socket);
  });
  const settle = (next: State) => {
    if (state.kind !== 'pending') return;
    state = next;
    for (const socket of waiting.splice(0)) route(socket);
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address !== 'object') return reject(new Error('no port'));
      resolve({
        port: address.port,
        forwardTo: (port) => settle({ kind: 'ready', port }),
        fail: (reason) => settle({ kind: 'failed', reason }),
        close: () =>
          new Promise((done) => {
            for (const socket of open) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

function pipeTo(client: Socket, port: number, track: (socket: Socket) => void): void {
  const upstream = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
  track(upstream);
  // Errors tear down both sides; a normal end propagates through pipe() so no reply is cut short.
  upstream.once('error', () => client.destroy());
  client.once('close', () => upstream.destroy());
  client.pipe(upstream).pipe(client);
}

function serviceUnavailable(reason: string): string {
  const body = `search node unavailable: ${reason}\n`;
  return [
    'HTTP/1.1 503 Service Unavailable',
    'content-type: text/plain; charset=utf-8',
    'connection: close',
    `content-length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}
