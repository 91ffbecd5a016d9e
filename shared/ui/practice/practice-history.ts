import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { BaseRecord } from '../../domain/records.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { changeStored } from '../base/stored-view.ts';
import { chronological } from './checkin-helpers.ts';

/** What a history screen reads from: its own properties, so a test can hand in others. */
export interface HistorySource<T extends BaseRecord> {
  /** Where the answers are kept. */
  repo: RecordStore<T>;
  /** Reads the reader's current course week. */
  currentWeek: () => Promise<number>;
}

/**
 * What the practice screens that keep a history of the reader's own answers share (the weekly
 * check-in, the supporter star): the answers, read with a `Task` oldest first and read again
 * after each change; the reader's course week; and changes that, when storage fails, show the
 * kind message and leave what is stored as it was.
 */
export class PracticeHistory<T extends BaseRecord> {
  /** The stored answers, oldest first. */
  readonly records: Task<readonly [RecordStore<T>], T[]>;
  /** A change is being saved. */
  busy = false;
  /** Why the last change failed; '' when it worked. */
  problem = '';

  private readonly currentWeek: Task<readonly [() => Promise<number>], number>;

  constructor(private readonly host: ReactiveControllerHost & HistorySource<T>) {
    this.records = new Task(host, { task: async ([repo]) => chronological(await repo.list()), args: () => [host.repo] as const });
    this.currentWeek = new Task(host, { task: ([read]) => read(), args: () => [host.currentWeek] as const });
  }

  /** The reader's course week; the first until it is read. */
  get week(): number {
    return this.currentWeek.value ?? 1;
  }

  /** Runs a change to the answers, then reads them again. Resolves to whether it worked. */
  async change(work: () => Promise<unknown>): Promise<boolean> {
    this.busy = true;
    this.host.requestUpdate();
    this.problem = await changeStored(this.records, work);
    this.busy = false;
    this.host.requestUpdate();
    return !this.problem;
  }
}
