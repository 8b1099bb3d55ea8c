// Bench helper: realistic Chinese names and case facts (surnames by frequency, facts by dispute category).
export const SURNAMES = [
  ...'王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
export const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣晨阳建国志文小海峰波春梅建华德福安金凤淑珍立新永利',
];

const TOPICS: Record<string, string[]> = {
  '01': ['赡养老人', '子女抚养费', '离婚财产分割', '彩礼返还', '家庭暴力'],
  '02': ['楼上漏水', '装修噪音', '通行道路', '排水沟堵塞', '占用公共楼道', '宠物伤人'],
  '03': ['宅基地界址', '房屋买卖', '房屋租赁押金', '违章搭建', '房屋漏雨维修'],
  '04': ['借款归还', '货款结算', '租金拖欠', '工程款结算', '合同违约金'],
  '05': ['合伙经营分红', '养殖场气味', '承包费结算', '店铺转让费'],
  '06': ['人身损害赔偿', '财产损坏赔偿', '施工致房屋开裂', '打架致伤医疗费'],
  '07': ['承包地边界', '山林权属', '责任田流转费', '树木砍伐'],
  '08': ['拆迁补偿款分配', '征地安置', '青苗补偿费'],
  '09': ['工厂噪声扰民', '油烟污染', '污水排放', '粉尘污染'],
  '10': ['拖欠工资', '工伤赔偿', '解除劳动关系补偿', '欠薪讨要'],
  '11': ['预付卡退款', '商品质量问题', '装修质量', '家电维修费'],
  '12': ['手术后遗症', '诊疗费用', '医疗过错赔偿'],
  '13': ['交通事故赔偿', '电动车相撞', '停车剐蹭', '行人被撞医疗费'],
  '14': ['物业费拖欠', '小区停车位', '电梯维修费', '公共收益分配'],
  '99': ['网络购物', '遗产继承', '其他财产'],
};

const PLACES = ['东风路', '幸福小区', '红旗村', '新华街', '和平里', '光明社区', '胜利组', '城关镇', '河西片区', '南湖花园'];
const FILLER = ['双方多次协商未果', '经村干部调处未成', '矛盾有激化趋势', '一方情绪激动', '涉及金额较大', '双方各执一词', '邻居多次劝说无效', '已持续半年之久'];
const ASKS = ['要求对方赔偿损失', '要求恢复原状', '要求支付欠款', '要求赔礼道歉并停止侵害', '要求按约履行', '要求分割财产'];

export function pickWeighted<T extends string>(random: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

export function caseVocabulary(random: () => number, category: string): { facts: string; requests: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const topic = pick(TOPICS[category] ?? TOPICS['99']!);
  const month = 1 + Math.floor(random() * 12);
  const facts = `${month}月以来，住${pick(PLACES)}的申请人与被申请人因${topic}问题发生纠纷，${pick(FILLER)}，${pick(FILLER)}，申请人遂向调委会申请调解。`;
  return { facts, requests: `${pick(ASKS)}，金额约${1 + Math.floor(random() * 90)}千元。` };
}

/** Search words of the facts, 2 characters and 3+ characters. */
export const FACT_WORDS_2 = ['漏水', '噪音', '欠薪', '工伤', '彩礼', '油烟', '物业', '拆迁'];
export const FACT_WORDS_3 = ['宅基地', '交通事故', '物业费', '抚养费', '电动车相撞', '装修噪音', '工程款', '青苗补偿'];
