// The crash harness's wire format: the child prints an intent line before each operation and an ack line after it commits.

/** What the parent tells a child: where the database is and which counters to continue from. */
export interface ChildConfig {
  dbPath: string;
  migrationsFolder: string;
  /** First operation number: it names the operation's tag and its unique clock instant. */
  seqStart: number;
  /** First person number for ID numbers of imported staff. */
  personStart: number;
  seed: number;
}

/** One write the child is about to attempt. Every row it writes carries `tag`; every audit row it writes carries `at`. */
export type Intent = { seq: number; tag: string; at: string; audit: number } & (
  | { kind: 'importStaff'; rows: number; personEnd: number }
  | { kind: 'addTraining'; staffId: number }
  | { kind: 'deleteStaff'; staffId: number; trainings: number }
  | { kind: 'createCommittee' }
  | { kind: 'addMember'; committeeId: number }
  | { kind: 'deleteCommittee'; committeeId: number; members: number }
  | { kind: 'createActivity' }
  | { kind: 'addAttachment'; ownerId: number; sha256: string; size: number }
);

export type IntentKind = Intent['kind'];

export const INTENT = 'I ';
export const ACK = 'A ';
/** Printed from inside the write transaction, before its COMMIT. */
export const BEGAN = 'T ';
export const READY = 'READY';

/** The clock instant of operation `seq`: one second apart, so audit rows name the operation that wrote them. */
export function instantOf(seq: number): string {
  return new Date(Date.parse('2026-11-27T02:00:00.000Z') + seq * 1000).toISOString();
}

export const tagOf = (seq: number) => `crash-c${seq}`;

/** Parses the child's output; a line cut short by the kill is ignored (its operation had not started). */
export function parseChildOutput(text: string): { ready: boolean; intents: Intent[]; began: Set<number>; acked: Set<number> } {
  const lines = text.split('\n');
  lines.pop(); // whatever follows the last newline is incomplete
  const intents: Intent[] = [];
  const acked = new Set<number>();
  const began = new Set<number>();
  let ready = false;
  for (const line of lines) {
    if (line === READY) ready = true;
    else if (line.startsWith(INTENT)) intents.push(JSON.parse(line.slice(INTENT.length)) as Intent);
    else if (line.startsWith(ACK)) acked.add(Number(line.slice(ACK.length)));
    else if (line.startsWith(BEGAN)) began.add(Number(line.slice(BEGAN.length)));
  }
  return { ready, intents, began, acked };
}
