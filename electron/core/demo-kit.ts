// Shared pieces of the register demo generators: the dispatch-backed call, dates relative to today, made-up people.
import type { MethodInput, MethodName, MethodOutput } from '../shared/contract';
import { addDays } from '../shared/rules/dates';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES, makeIdNumber, pick, seededRandom } from './demo-data';

/** Calls one contract method through dispatch (validated, audited) and gives its value; throws on failure. */
export type DemoCall = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export interface DemoPerson {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  idNumber: string;
}

/** Birthplace codes of the made-up people other than staff (staff use 320102), so ID numbers never clash with staff. */
const AREAS = ['320104', '320105', '320106', '320111', '320113', '320114', '321081', '341122'];

/** Made-up people with names distinct from each other and from the names given at the start. */
export class PeopleBook {
  private readonly names: Set<string>;
  private readonly ids = new Set<string>();
  private sequence = 0;

  constructor(
    private readonly random: () => number,
    private readonly today: string,
    taken: readonly string[],
  ) {
    this.names = new Set(taken);
  }

  /** Someone aged between `minAge` and `maxAge` today. */
  person(minAge: number, maxAge: number, gender?: 'male' | 'female'): DemoPerson {
    const g = gender ?? (this.random() < 0.5 ? 'male' : 'female');
    let name = '';
    do name = pick(this.random, SURNAMES) + pick(this.random, g === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
    while (this.names.has(name));
    this.names.add(name);
    const year = Number(this.today.slice(0, 4)) - minAge - 1 - Math.floor(this.random() * (maxAge - minAge));
    const birthDate = `${year}-${pad(1 + Math.floor(this.random() * 12))}-${pad(1 + Math.floor(this.random() * 28))}`;
    let idNumber = '';
    do idNumber = makeIdNumber(pick(this.random, AREAS), birthDate, g, (this.sequence += 1));
    while (this.ids.has(idNumber));
    this.ids.add(idNumber);
    return { name, gender: g, birthDate, idNumber };
  }
}

export interface DemoContext {
  call: DemoCall;
  /** Today in Asia/Shanghai, as the core sees it. */
  today: string;
  random: () => number;
  people: PeopleBook;
}

export function demoContext(call: DemoCall, today: string, takenNames: readonly string[], seed = 1949): DemoContext {
  const random = seededRandom(seed);
  return { call, today, random, people: new PeopleBook(random, today, takenNames) };
}

export const pad = (n: number) => String(n).padStart(2, '0');

export const daysAgo = (today: string, days: number) => addDays(today, -days);

export const earlier = (a: string, b: string) => (a < b ? a : b);

/** An integer from `min` to `max`, both inclusive. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export const yearOfToday = (today: string) => Number(today.slice(0, 4));

/** A landline of the street (025-8336xxxx), for committees and partner units. */
export const landline = (random: () => number) => `025-8336${String(between(random, 1000, 9999))}`;

export const mobile = (random: () => number) => `1${pick(random, ['33', '35', '38', '39', '51', '58', '77', '86'])}${String(between(random, 0, 99_999_999)).padStart(8, '0')}`;
