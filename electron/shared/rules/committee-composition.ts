// Committee composition under 《人民调解法》第八条: 3–9 active members, at least one woman, one 主任 (pure; shared with the UI).

export interface CompositionMember {
  gender: 'male' | 'female';
  /** director 主任, deputyDirector 副主任, member 委员 */
  role: string;
  /** Date the member left; null while serving. */
  leftOn: string | null;
  termStart: string;
  termEnd: string;
}

export interface Composition {
  activeCount: number;
  women: number;
  directors: number;
  /** Chinese descriptions of what breaks Art.8; empty when the committee complies. */
  problems: string[];
}

export const COMMITTEE_MIN_MEMBERS = 3;
export const COMMITTEE_MAX_MEMBERS = 9;

/**
 * A member counts on `today` when the term has begun and not ended and the member has not left (leftOn null or
 * later). A member elected for the next term is entered ahead of time and counts from its first day.
 */
export function isActiveMember(m: Pick<CompositionMember, 'leftOn' | 'termStart' | 'termEnd'>, today: string): boolean {
  return m.termStart <= today && (m.leftOn === null || m.leftOn > today) && m.termEnd >= today;
}

export function committeeComposition(members: readonly CompositionMember[], today: string): Composition {
  const active = members.filter((m) => isActiveMember(m, today));
  const women = active.filter((m) => m.gender === 'female').length;
  const directors = active.filter((m) => m.role === 'director').length;
  const problems: string[] = [];
  if (active.length < COMMITTEE_MIN_MEMBERS) problems.push('成员不足3人');
  if (active.length > COMMITTEE_MAX_MEMBERS) problems.push('成员超过9人');
  if (women === 0) problems.push('无女性成员');
  if (directors === 0) problems.push('未设主任');
  return { activeCount: active.length, women, directors, problems };
}
