import type { Db } from '../../../db/client.ts';
import { readVersion, type IndexVersion } from './repo.ts';

/**
 * Reads the index version for many concurrent searches with few queries, without ever answering
 * a search with a read that started before it arrived: a change committed before a search must
 * be seen by it. A caller joins the next read to start; one read is in flight at a time.
 */
export class VersionReader {
  private inFlight: Promise<IndexVersion> | null = null;
  private next: Promise<IndexVersion> | null = null;

  constructor(private readonly db: Db) {}

  read(): Promise<IndexVersion> {
    if (!this.inFlight) return (this.inFlight = this.start());
    // The read in flight may have started before this caller: wait for the one after it.
    this.next ??= this.inFlight.then(
      () => this.promote(),
      () => this.promote(),
    );
    return this.next;
  }

  private promote(): Promise<IndexVersion> {
    this.next = null;
    return (this.inFlight = this.start());
  }

  private start(): Promise<IndexVersion> {
    const reading = readVersion(this.db);
    const done = () => {
      if (this.inFlight === reading) this.inFlight = null;
    };
    reading.then(done, done);
    return reading;
  }
}
