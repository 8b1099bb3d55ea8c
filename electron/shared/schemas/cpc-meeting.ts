// 三会一课 meetings (cpcMeeting): the form's rules (attendance adds up, every absentee has a reason) and the stored shape.
import { z } from 'zod';
import { codesOf } from '../codes';
import { cpcMeetingKinds } from '../register-codes';
import { codeOf, instant, isoDate, listInputOf, optionalText, pageOf, recordId, requiredText, whenObject } from './common';

const count = (label: string) =>
  z.int(`${label}应为整数`).min(0, `${label}不能为负数`).max(500, `${label}不能超过500人`);

const absentee = z.object({
  name: z.string('缺席人员姓名应为文字').trim().max(30, '缺席人员姓名不能超过30个字'),
  reason: z.string('缺席原因应为文字').trim().max(100, '缺席原因不能超过100个字'),
});
export type CpcAbsentee = z.output<typeof absentee>;

export const cpcMeetingInput = z
  .object({
    branchId: z.int('请选择党支部').positive('请选择党支部'),
    kind: codeOf('会议类型', codesOf(cpcMeetingKinds)),
    heldOn: isoDate('会议日期'),
    startTime: z
      .string('开始时间应为文字')
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), '开始时间应为“时:分”（如 09:30）'),
    place: requiredText('会议地点', 100),
    host: requiredText('主持人', 30),
    recorder: requiredText('记录人', 30),
    expectedCount: count('应到人数').min(1, '应到人数至少为1人'),
    presentCount: count('实到人数'),
    absentees: z.array(absentee, '缺席人员应为列表').max(500, '缺席人员不能超过500人').default([]),
    guests: optionalText('列席人员', 200),
    topics: requiredText('会议议题', 1000),
    summary: optionalText('内容摘要', 5000),
    resolutions: optionalText('决议或表决结果', 2000),
  })
  .superRefine(
    (v, ctx) => {
      const bad = (field: string) => ctx.issues.some((issue) => issue.path?.[0] === field);
      if (bad('expectedCount') || bad('presentCount')) return;
      if (v.presentCount > v.expectedCount) {
        ctx.addIssue({ code: 'custom', path: ['presentCount'], message: '实到人数不能多于应到人数' });
        return;
      }
      if (bad('absentees')) return;
      const absent = v.expectedCount - v.presentCount;
      if (v.absentees.length !== absent) {
        ctx.addIssue({
          code: 'custom',
          path: ['absentees'],
          message: `缺席人员应为 ${absent} 人（应到减实到），现填写了 ${v.absentees.length} 人`,
        });
      }
      const seen = new Set<string>();
      v.absentees.forEach((a, i) => {
        if (!a.name) ctx.addIssue({ code: 'custom', path: ['absentees', i, 'name'], message: `请填写第${i + 1}位缺席人员的姓名` });
        else if (!a.reason) ctx.addIssue({ code: 'custom', path: ['absentees', i, 'reason'], message: `请填写“${a.name}”的缺席原因` });
        if (a.name && seen.has(a.name)) {
          ctx.addIssue({ code: 'custom', path: ['absentees', i, 'name'], message: `缺席人员“${a.name}”重复填写` });
        }
        seen.add(a.name);
      });
    },
    whenObject(),
  );
export type CpcMeetingInput = z.input<typeof cpcMeetingInput>;

export const cpcMeetingUpdateInput = z.object({ id: recordId, data: cpcMeetingInput });

export const cpcMeeting = z.object({
  id: recordId,
  branchId: recordId,
  branchName: z.string(),
  kind: codeOf('会议类型', codesOf(cpcMeetingKinds)),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  host: z.string(),
  recorder: z.string(),
  expectedCount: z.int().nonnegative(),
  presentCount: z.int().nonnegative(),
  absentees: z.array(z.object({ name: z.string(), reason: z.string() })),
  guests: z.string().nullable(),
  topics: z.string(),
  summary: z.string().nullable(),
  resolutions: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type CpcMeeting = z.output<typeof cpcMeeting>;

export const cpcMeetingSortFields = ['heldOn', 'kind', 'createdAt'] as const;

export const cpcMeetingListInput = listInputOf(cpcMeetingSortFields, 'heldOn', {
  branchId: recordId.optional(),
  kind: codeOf('会议类型', codesOf(cpcMeetingKinds)).optional(),
  year: z.int('年份应为整数').min(1921, '年份应在1921年以后').max(2100, '年份不正确').optional(),
});
export type CpcMeetingListInput = z.input<typeof cpcMeetingListInput>;

export const cpcMeetingPage = pageOf(cpcMeeting);
