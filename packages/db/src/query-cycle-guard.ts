import type { PGlite } from '@electric-sql/pglite';

const READY_FOR_QUERY = 0x5a; // 'Z'
// Messages the backend may send outside a query cycle; they neither start nor end one.
const ASYNCHRONOUS = new Set([0x4e /* N notice */, 0x41 /* A notification */, 0x53 /* S parameter status */]);
const SYNC_MESSAGE = new Uint8Array([0x53, 0, 0, 0, 4]);

/**
 * pglite-socket 0.2 runs every connection on PGlite's single session and queues their protocol
 * messages one at a time. Between messages it keeps to one connection only while
 * `db.isInTransaction()` is true (an explicit BEGIN ... COMMIT). An extended-protocol query
 * (Parse, Bind, Describe, Execute, Sync) is not a transaction block, so another connection's
 * Parse could land between this one's Parse and Bind, and the queries would swap statements and
 * parameters. This wrapper also reports "in transaction" from a connection's first message until
 * PGlite answers with ReadyForQuery, so the queue finishes each query cycle before switching.
 */
export function keepQueryCyclesTogether(db: PGlite): PGlite {
  const tracker = new ReadyForQueryTracker();
  type StreamOptions = Parameters<PGlite['execProtocolRawStream']>[1];

  const execProtocolRawStream = (message: Uint8Array, options: StreamOptions) =>
    db.execProtocolRawStream(message, {
      ...options,
      onRawData: (data: Uint8Array) => {
        tracker.read(data);
        options.onRawData(data);
      },
    });

  const overrides: Partial<PGlite> = {
    isInTransaction: () => !tracker.readyForQuery || db.isInTransaction(),
    execProtocolRawStream,
    // The queue runs exec('ROLLBACK') for a connection that drops mid-transaction. If it dropped
    // mid-cycle, a Sync first ends the cycle (and an error's skip-to-Sync state) so the ROLLBACK runs.
    exec: async (...args: Parameters<PGlite['exec']>) => {
      try {
        if (!tracker.readyForQuery) {
          await db.runExclusive(() => execProtocolRawStream(SYNC_MESSAGE, { onRawData: () => undefined }));
        }
        return await db.exec(...args);
      } catch (error) {
        if (!db.ready) return []; // closing: the session ends anyway, and nobody awaits this call
        throw error;
      }
    },
  };

  return new Proxy(db, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof PGlite];
      // PGlite's methods use #private fields, so they must run with the real instance as `this`.
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Follows the backend's message stream across chunks and notes whether the last message was ReadyForQuery. */
class ReadyForQueryTracker {
  readyForQuery = true;
  private header = new Uint8Array(5);
  private headerLength = 0;
  private bodyRemaining = 0;

  read(data: Uint8Array): void {
    let offset = 0;
    while (offset < data.length) {
      if (this.bodyRemaining > 0) {
        const skipped = Math.min(this.bodyRemaining, data.length - offset);
        offset += skipped;
        this.bodyRemaining -= skipped;
        continue;
      }
      this.header[this.headerLength++] = data[offset++] as number;
      if (this.headerLength < this.header.length) continue;
      const type = this.header[0] as number;
      const length = new DataView(this.header.buffer).getInt32(1); // includes its own four bytes
      this.bodyRemaining = length - 4;
      this.headerLength = 0;
      if (type === READY_FOR_QUERY) this.readyForQuery = true;
      else if (!ASYNCHRONOUS.has(type)) this.readyForQuery = false;
    }
  }
}
