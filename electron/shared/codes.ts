// National default code lists for the staff register: stable codes (GB where one exists), Chinese labels.

export interface CodeItem {
  readonly code: string;
  readonly label: string;
}

export function codeList<const T extends readonly CodeItem[]>(items: T): T {
  return items;
}

export const genders = codeList([
  { code: 'male', label: '男' },
  { code: 'female', label: '女' },
] as const);

/** GB/T 3304-1991 民族 codes, plus 97 其他. */
export const ethnicities = codeList(
  (
    '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 ' +
    '哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 ' +
    '达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 ' +
    '俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族'
  )
    .split(' ')
    .map((label, i) => ({ code: String(i + 1).padStart(2, '0'), label }))
    .concat([{ code: '97', label: '其他' }]),
);

/** GB/T 4762-1984 政治面貌 codes. */
export const politicalStatuses = codeList([
  { code: '01', label: '中共党员' },
  { code: '02', label: '中共预备党员' },
  { code: '03', label: '共青团员' },
  { code: '04', label: '民革党员' },
  { code: '05', label: '民盟盟员' },
  { code: '06', label: '民建会员' },
  { code: '07', label: '民进会员' },
  { code: '08', label: '农工党党员' },
  { code: '09', label: '致公党党员' },
  { code: '10', label: '九三学社社员' },
  { code: '11', label: '台盟盟员' },
  { code: '12', label: '无党派人士' },
  { code: '13', label: '群众' },
] as const);

/** GB/T 4658-2006 学历 codes (graduates of each level). */
export const educations = codeList([
  { code: '11', label: '博士研究生' },
  { code: '14', label: '硕士研究生' },
  { code: '21', label: '大学本科' },
  { code: '31', label: '大学专科' },
  { code: '41', label: '中等专科' },
  { code: '61', label: '普通高中' },
  { code: '71', label: '初中' },
  { code: '81', label: '小学' },
  { code: '90', label: '其他' },
] as const);

export const staffingTypes = codeList([
  { code: 'politicalLegal', label: '政法专项编制' },
  { code: 'administrative', label: '其他行政编制' },
  { code: 'institution', label: '事业编制' },
  { code: 'contract', label: '聘用' },
  { code: 'other', label: '其他' },
] as const);

/** Posts offered as suggestions; the field itself is free text. */
export const postSuggestions = ['所长', '副所长', '专职人民调解员', '社区矫正工作人员', '工作人员'] as const;

export function codesOf<T extends readonly CodeItem[]>(list: T): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((item) => item.code) as [T[number]['code'], ...T[number]['code'][]];
}

export function labelOf(list: readonly CodeItem[], code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return list.find((item) => item.code === code)?.label ?? code;
}

/** Kinds of staff training (product §2; domain-reference §7.1: at least one centralised training a year). */
export const trainingKinds = codeList([
  { code: 'centralized', label: '集中培训' },
  { code: 'business', label: '业务培训' },
  { code: 'online', label: '网络培训' },
  { code: 'rotation', label: '实战轮岗' },
  { code: 'trialObservation', label: '庭审观摩' },
  { code: 'other', label: '其他' },
] as const);
