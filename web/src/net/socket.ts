/**
 * The one WebSocket per tab (docs/api.md): hello → welcome, per-stream seq tracking with resync on a gap,
 * reconnect with backoff, request/ack correlation by id, heartbeats. It knows nothing about state: parsed
 * messages and connection changes go to the listener; the app feeds them to the store.
 */
import {
  PROTOCOL_VERSION, ProtocolError, parseServerMessage, type Ack, type CommandBody, type ErrorReply, type StreamMessage,
  type StreamName, type Welcome,
} from '../protocol';
import { reconnectDelayMs } from './backoff';
import { emptySeqTracker, observeSeq, type SeqTracker } from './seq';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'rejected';

export interface SocketListener {
  onStatus(status: ConnectionStatus, detail?: string): void;
  onWelcome(w: Welcome): void;
  onMessage(m: StreamMessage): void;
  /** A gap was seen; a resync has been sent. */
  onGap(stream: StreamName): void;
  /** An error with no pending request (e.g. a protocol error from the server). */
  onError(e: ErrorReply): void;
}

export class CommandError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

interface Pending {
  resolve(a: Ack): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export interface SocketOptions {
  readonly url: string;
  readonly room: string;
  readonly token?: string;
  /** Injected for tests. */
  readonly createSocket?: (url: string) => WebSocket;
  readonly heartbeatMs?: number;
  readonly requestTimeoutMs?: number;
}

/** Close codes after which reconnecting would not help. */
const FATAL_CLOSE = new Set([1008, 4001, 4003, 4004]);

export class GameSocket {
  private ws: WebSocket | null = null;
  private seq: SeqTracker = emptySeqTracker();
  private readonly pending = new Map<string, Pending>();
  private nextId = 1;
  private attempt = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private lastHeard = 0;
  private stopped = false;
  private welcomed = false;

  constructor(private readonly opts: SocketOptions, private readonly listener: SocketListener) {}

  connect(): void {
    this.stopped = false;
    this.open();
  }

  close(): void {
    this.stopped = true;
    this.clearTimers();
    this.ws?.close(1000, 'bye');
    this.ws = null;
    this.failPending(new CommandError('NET_CLOSED', 'connection closed'));
    this.listener.onStatus('closed');
  }

  /** Sends a command; resolves with the ack, rejects with a CommandError carrying the server's code. */
  send(body: CommandBody): Promise<Ack> {
    const ws = this.ws;
    if (!ws || ws.readyState !== 1 || !this.welcomed) {
      return Promise.reject(new CommandError('NET_NOT_CONNECTED', 'not connected to the room'));
    }
    const id = `c-${this.nextId++}`;
    return new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new CommandError('NET_TIMEOUT', `no reply to ${body.type} in time`));
      }, this.opts.requestTimeoutMs ?? 10_000);
      this.pending.set(id, { resolve, reject, timer });
      ws.send(JSON.stringify({ ...body, id }));
    });
  }

  private open(): void {
    this.listener.onStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const ws = (this.opts.createSocket ?? ((u) => new WebSocket(u)))(this.opts.url);
    this.ws = ws;
    this.welcomed = false;
    this.seq = emptySeqTracker(); // seq restarts from 1 on every connection
    ws.onopen = () => {
      const hello = { type: 'hello', id: 'hello', v: PROTOCOL_VERSION, room: this.opts.room, ...(this.opts.token ? { token: this.opts.token } : {}) };
      ws.send(JSON.stringify(hello));
      this.lastHeard = Date.now();
      this.startHeartbeat();
    };
    ws.onmessage = (ev: MessageEvent) => this.receive(String(ev.data));
    ws.onclose = (ev: CloseEvent) => this.closed(ws, ev.code, ev.reason);
    ws.onerror = () => {
      /* a close event follows */
    };
  }

  private receive(text: string): void {
    this.lastHeard = Date.now();
    let msg;
    try {
      msg = parseServerMessage(text);
    } catch (e) {
      if (e instanceof ProtocolError) return; // drop the frame; a later gap or resync repairs state
      throw e;
    }
    switch (msg.type) {
      case 'welcome':
        this.welcomed = true;
        this.attempt = 0;
        this.listener.onStatus('open');
        this.listener.onWelcome(msg);
        return;
      case 'ack':
        this.settle(msg.id, (p) => p.resolve(msg));
        return;
      case 'error':
        if (msg.id && this.pending.has(msg.id)) this.settle(msg.id, (p) => p.reject(new CommandError(msg.code, msg.message)));
        else if (!this.welcomed) this.listener.onStatus('rejected', `${msg.code}: ${msg.message}`);
        else this.listener.onError(msg);
        return;
      default: {
        const { verdict, next } = observeSeq(this.seq, msg.stream, msg.seq, msg.type);
        this.seq = next;
        if (verdict === 'duplicate') return;
        if (verdict === 'gap') {
          this.listener.onGap(msg.stream);
          this.send({ type: 'resync', stream: msg.stream }).catch(() => undefined);
          return; // the snapshot that follows replaces what this message would have changed
        }
        this.listener.onMessage(msg);
      }
    }
  }

  private settle(id: string, f: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    f(p);
  }

  private startHeartbeat(): void {
    const every = this.opts.heartbeatMs ?? 10_000;
    this.heartbeat = setInterval(() => {
      if (Date.now() - this.lastHeard > every * 3) {
        this.ws?.close(4000, 'heartbeat timeout');
        return;
      }
      this.send({ type: 'ping' }).catch(() => undefined);
    }, every);
  }

  private closed(ws: WebSocket, code: number, reason: string): void {
    if (ws !== this.ws) return;
    this.clearTimers();
    this.failPending(new CommandError('NET_CLOSED', 'connection lost'));
    if (this.stopped) return;
    if (FATAL_CLOSE.has(code) && reason !== 'SLOW_CONSUMER') {
      this.listener.onStatus('rejected', reason || `closed (${code})`);
      return;
    }
    this.listener.onStatus('reconnecting', reason || undefined);
    this.reconnectTimer = setTimeout(() => this.open(), reconnectDelayMs(this.attempt++));
  }

  private clearTimers(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.heartbeat = null;
    this.reconnectTimer = null;
  }

  private failPending(e: Error): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(e);
      this.pending.delete(id);
    }
  }
}
