// MoneyInput: an amount typed in 元 and kept in the form as whole 分 — refused with a message on the field, never rounded or clamped.
import { Input, type FormRule, type InputProps, type InputRef } from 'antd';
import { useState, type Ref } from 'react';
import { checkYuan, formatFen } from '../../lib/money';

/** The form value of a money field: 分 (or null) while valid, the typed text while it is not (so the rule can say why). */
export type MoneyValue = number | string | null;

/** The message for a money field's value, or null when it is a valid amount (or blank). */
export function moneyError(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const check = checkYuan(value);
  return check.ok ? null : check.message;
}

/** 分 of a valid money value (null when blank or not valid). */
export const fenOfMoney = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The money rule for Form.Item rules: 金额最多保留两位小数 / 金额不能为负数 / 金额应为数字…. */
export const moneyRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    const message = moneyError(value);
    if (message) throw new Error(message);
  },
};

/** Form.Item props for a MoneyInput: the money rule before the field's own rules, stopping at the first message. */
export function moneyItemRules(rules: FormRule[] = []): { rules: FormRule[]; validateFirst: true } {
  return { rules: [moneyRule, ...rules], validateFirst: true };
}

/** 350050 → "3,500.50" (no ¥: the input shows it as its prefix). */
const textOfFen = (fen: number | null | undefined): string => (typeof fen === 'number' ? formatFen(fen).slice(1) : '');

const sameAmount = (text: string, value: MoneyValue | undefined): boolean => {
  if (typeof value === 'string') return value === text;
  const check = checkYuan(text);
  return check.ok && check.fen === (value ?? null);
};

type Props = Omit<InputProps, 'value' | 'onChange' | 'ref'> & {
  value?: MoneyValue;
  onChange?: (value: MoneyValue) => void;
  ref?: Ref<InputRef>;
};

/** Form.Item injects value/onChange/id/ref; the text stays as typed and is tidied (3,500.50) when the field is left valid. */
export function MoneyInput({ value, onChange, onBlur, ref, ...props }: Props) {
  const [text, setText] = useState(() => (typeof value === 'string' ? value : textOfFen(value)));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The form set a value from outside (load, reset): show it unless it is what the text already says.
    setSeen(value);
    if (!sameAmount(text, value)) setText(typeof value === 'string' ? value : textOfFen(value));
  }
  return (
    <Input
      inputMode="decimal"
      prefix="¥"
      suffix="元"
      maxLength={24}
      {...props}
      ref={ref}
      value={text}
      onChange={(e) => {
        const typed = e.target.value;
        const check = checkYuan(typed);
        setText(typed);
        const next = check.ok ? check.fen : typed;
        setSeen(next);
        onChange?.(next);
      }}
      onBlur={(e) => {
        const check = checkYuan(text);
        if (check.ok) setText(textOfFen(check.fen));
        onBlur?.(e);
      }}
    />
  );
}
