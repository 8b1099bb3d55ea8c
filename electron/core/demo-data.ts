// Realistic demo data: one office and its staff with valid ID numbers, from a seeded generator.
import type { OfficeInput } from '../shared/schemas/office';
import type { StaffInput } from '../shared/schemas/staff';
import type { StaffTrainingInput } from '../shared/schemas/staff-training';
import { idCheckChar } from '../shared/validators/id-number';

/** Mulberry32: small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SURNAMES = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董'.split('');
export const MALE_GIVEN = ['建国', '志强', '伟', '军', '海涛', '明', '立新', '国庆', '文斌', '晓东', '俊杰', '浩', '鹏', '宇航'];
export const FEMALE_GIVEN = ['秀英', '丽', '静', '晓燕', '敏', '婷婷', '雪梅', '玉兰', '欣怡', '慧', '佳琪', '红霞', '丹', '思雨'];
const POSTS = ['专职人民调解员', '社区矫正工作人员', '工作人员', '工作人员'];

export const DEMO_AREA_CODE = '320102';

export const demoOffice: OfficeInput = {
  name: '玄武门司法所',
  code: '320102002',
  district: '玄武区',
  township: '玄武门街道',
  address: '玄武区示范路18号街道综合服务中心三楼',
  head: null,
  phone: '025-83361234',
};

/** A valid 18-digit ID number for the given birth date and gender. */
export function makeIdNumber(area: string, birth: string, gender: 'male' | 'female', sequence: number): string {
  const seq = sequence % 100;
  const genderDigit = gender === 'male' ? 1 + 2 * (sequence % 5) : 2 * (sequence % 5);
  const first17 = `${area}${birth.replace(/-/g, '')}${String(seq).padStart(2, '0')}${genderDigit}`;
  return first17 + idCheckChar(first17);
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function isoDay(year: number, random: () => number): string {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `count` people (at most 100) with distinct names and ID numbers. */
export function demoStaff(count: number, seed = 2013): StaffInput[] {
  if (count > 100) throw new RangeError('demoStaff makes at most 100 people');
  const random = seededRandom(seed);
  const people: StaffInput[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const gender = random() < 0.5 ? 'male' : 'female';
    const birthYear = 1968 + Math.floor(random() * 32);
    const birthDate = isoDay(birthYear, random);
    let name = pick(random, SURNAMES) + pick(random, gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
    while (names.has(name)) name = pick(random, SURNAMES) + pick(random, gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
    names.add(name);
    const startYear = Math.min(2025, birthYear + 22 + Math.floor(random() * 10));
    const isHead = i === 0;
    people.push({
      name,
      // The sequence number is the index, so numbers never clash (count ≤ 100).
      idNumber: makeIdNumber(DEMO_AREA_CODE, birthDate, gender, i),
      ethnicity: random() < 0.9 ? '01' : pick(random, ['03', '08', '11']),
      politicalStatus: isHead || random() < 0.6 ? '01' : pick(random, ['02', '03', '13']),
      education: pick(random, ['14', '21', '21', '21', '31']),
      post: isHead ? '所长' : i === 1 ? '副所长' : pick(random, POSTS),
      staffingType: isHead ? 'politicalLegal' : pick(random, ['politicalLegal', 'politicalLegal', 'institution', 'contract']),
      startDate: isoDay(startYear, random),
      phone: `13${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
      note: null,
    });
  }
  return people;
}

type Course = Omit<StaffTrainingInput, 'startDate' | 'endDate'> & { start: string; end: string | null };

/** Courses by month-day; each is placed in the latest year that keeps it on or before today. */
const COURSES: readonly Course[] = [
  { title: '全区司法所工作人员业务培训班', kind: 'centralized', start: '03-16', end: '03-27', hours: 80, organizer: '区司法局' },
  { title: '人民调解实务与技巧专题培训', kind: 'business', start: '06-10', end: '06-11', hours: 12, organizer: '市司法局' },
  { title: '庭审观摩（婚姻家庭纠纷案件）', kind: 'trialObservation', start: '09-18', end: null, hours: 4, organizer: '区人民法院' },
  { title: '社区矫正执法规范化网络课程', kind: 'online', start: '11-05', end: null, hours: 16, organizer: '省司法厅' },
];

function place(course: Course, today: string): StaffTrainingInput {
  const { start, end, ...rest } = course;
  const year = Number(today.slice(0, 4)) - ((end ?? start) > today.slice(5) ? 1 : 0);
  return { ...rest, startDate: `${year}-${start}`, endDate: end === null ? null : `${year}-${end}` };
}

/** Training records for the demo staff: most people have one to three courses, a few none. */
export function demoTrainings(staffCount: number, today: string, seed = 2026): { index: number; training: StaffTrainingInput }[] {
  const random = seededRandom(seed);
  const records: { index: number; training: StaffTrainingInput }[] = [];
  for (let index = 0; index < staffCount; index++) {
    const howMany = Math.floor(random() * 4);
    const offset = Math.floor(random() * COURSES.length);
    for (let k = 0; k < howMany; k++) records.push({ index, training: place(COURSES[(offset + k) % COURSES.length]!, today) });
  }
  return records;
}
