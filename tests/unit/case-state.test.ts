// The derived state of a case, the order rules of its steps, deletion rules and the next steps offered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedKinds,
  allowedOutcomeResults,
  deletionRefusal,
  deriveCaseState,
  firstInconsistent,
  inWorkflowOrder,
  nextSteps,
  stepRefusal,
  type StateStep,
} from '../../electron/shared/rules/case-state';
import { stepInput, type StepInput } from '../../electron/shared/schemas/case-step';
import { stepOf } from './case-state-fixtures';

const parse = (input: StepInput, id?: number): StateStep => ({ ...stepInput.parse(input), ...(id === undefined ? {} : { id }) });
const list = (...inputs: StepInput[]) => inputs.map((s, i) => parse(s, i + 1));
const kinds = (steps: StateStep[]) => nextSteps(steps).map((n) => n.kind);

describe('deriveCaseState', () => {
  it('follows a written agreement from receipt to success', () => {
    expect(deriveCaseState([])).toMatchObject({ state: 'received', acceptedOn: null, concludedOn: null });
    const accepted = list(stepOf.accept('2026-11-02'));
    expect(deriveCaseState(accepted)).toMatchObject({ state: 'mediating', acceptedOn: '2026-11-02', concludedOn: null });
    const done = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-05'), stepOf.outcome('2026-11-06'), stepOf.written('2026-11-06', '2026-11-07'));
    expect(deriveCaseState(done)).toEqual({
      state: 'succeeded',
      acceptedOn: '2026-11-02',
      concludedOn: '2026-11-06',
      agreementForm: 'written',
      agreementEffectiveOn: '2026-11-07',
      agreementAmountFen: 500_000,
    });
  });

  it('dates an oral agreement effective the day it is reached; failure and termination conclude without one', () => {
    const oral = list(stepOf.accept('2026-11-02'), stepOf.outcome('2026-11-03'), stepOf.oral('2026-11-03'));
    expect(deriveCaseState(oral)).toMatchObject({ agreementForm: 'oral', agreementEffectiveOn: '2026-11-03', agreementAmountFen: 30_000 });
    expect(deriveCaseState(list(stepOf.accept('2026-11-02'), stepOf.outcome('2026-11-09', 'failure')))).toMatchObject({
      state: 'failed',
      concludedOn: '2026-11-09',
      agreementForm: null,
    });
    expect(deriveCaseState(list(stepOf.accept('2026-11-02'), stepOf.outcome('2026-11-09', 'terminated'))).state).toBe('terminated');
    expect(deriveCaseState(list(stepOf.reject('2026-11-03')))).toMatchObject({ state: 'rejected', concludedOn: '2026-11-03', acceptedOn: null });
  });
});

describe('stepRefusal and deletionRefusal', () => {
  it('needs 受理 first, and allows one accept or one reject', () => {
    expect(stepRefusal('session', [])).toBe('请先登记受理，再登记调解');
    const accepted = list(stepOf.accept('2026-11-02'));
    expect(stepRefusal('accept', accepted)).toBe('案件已受理，不能再登记受理或不予受理');
    expect(stepRefusal('reject', accepted)).toBe('案件已受理，不能再登记受理或不予受理');
    expect(stepRefusal('accept', accepted, 1)).toBeNull();
    expect(stepRefusal('inquiry', list(stepOf.reject('2026-11-02')))).toBe('案件已不予受理，不能再登记其他步骤');
  });

  it('keeps one outcome, an agreement only after success, and follow-ups only after an agreement', () => {
    const failed = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-03'), stepOf.outcome('2026-11-03', 'failure'));
    expect(stepRefusal('outcome', failed)).toBe('已登记调解结果；如需更改请修改原记录');
    expect(stepRefusal('agreement', failed)).toBe('调解成功后才能登记调解协议');
    const succeeded = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-03'), stepOf.outcome('2026-11-03'));
    expect(stepRefusal('followUp', succeeded)).toBe('登记调解协议后才能登记回访');
    expect(stepRefusal('performance', succeeded)).toBe('登记调解协议后才能登记履行情况');
    const oral = [...succeeded, parse(stepOf.oral('2026-11-03'), 4)];
    expect(stepRefusal('agreement', oral)).toBe('已登记调解协议；如需更改请修改原记录');
    expect(stepRefusal('judicialConfirmation', oral)).toBe('只有书面调解协议才能申请司法确认');
    const unsigned = [...succeeded, parse(stepOf.written('2026-11-03', null), 4)];
    expect(stepRefusal('judicialConfirmation', unsigned)).toBe('书面协议生效（签名、盖章）后才能申请司法确认');
    expect(stepRefusal('judicialConfirmation', [...succeeded, parse(stepOf.written('2026-11-03'), 4)])).toBeNull();
  });

  it('needs a 调解 before 调解成功 or 不成功, but not before 终止', () => {
    const accepted = list(stepOf.accept('2026-11-02'), stepOf.inquiry('2026-11-03'));
    const outcome = (result: 'success' | 'failure' | 'terminated') => parse(stepOf.outcome('2026-11-04', result), 9);
    expect(stepRefusal(outcome('success'), accepted)).toBe('请先登记调解记录，再登记调解结果');
    expect(stepRefusal(outcome('failure'), accepted)).toBe('请先登记调解记录，再登记调解结果');
    expect(stepRefusal(outcome('terminated'), accepted)).toBeNull();
    expect(stepRefusal('outcome', accepted)).toBeNull();
    expect(allowedOutcomeResults(accepted)).toEqual(['terminated']);
    const mediated = [...accepted, parse(stepOf.session('2026-11-04'), 3)];
    expect(stepRefusal(outcome('success'), mediated)).toBeNull();
    expect(allowedOutcomeResults(mediated)).toEqual(['success', 'failure', 'terminated']);
    // Changing a 终止 into 调解成功 without a 调解 is refused too.
    const terminated = [...accepted, outcome('terminated')];
    expect(stepRefusal(outcome('success'), terminated, 9)).toBe('请先登记调解记录，再登记调解结果');
  });

  it('refuses deleting the last 调解 under 调解成功 or 不成功', () => {
    const steps = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-03'), stepOf.outcome('2026-11-04', 'failure'));
    expect(deletionRefusal(steps[1]!, steps)).toBe('已登记调解结果，不能删除调解；请先删除依赖它的步骤');
    const twice = [...steps, parse(stepOf.session('2026-11-04'), 4)];
    expect(deletionRefusal(twice[1]!, twice)).toBeNull();
    const terminated = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-03'), stepOf.outcome('2026-11-04', 'terminated'));
    expect(deletionRefusal(terminated[1]!, terminated)).toBeNull();
  });

  it('refuses deleting a step others need', () => {
    const steps = list(
      stepOf.accept('2026-11-02'),
      stepOf.outcome('2026-11-03', 'terminated'),
    );
    expect(deletionRefusal(steps[0]!, steps)).toBe('已登记调解结果，不能删除受理；请先删除依赖它的步骤');
    const done = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-03'), stepOf.outcome('2026-11-03'), stepOf.written('2026-11-03'), stepOf.followUp('2026-11-20'));
    expect(deletionRefusal(done[2]!, done)).toBe('已登记调解协议，不能删除调解结果；请先删除依赖它的步骤');
    expect(deletionRefusal(done[3]!, done)).toBe('已登记回访，不能删除调解协议；请先删除依赖它的步骤');
    expect(deletionRefusal(done[4]!, done)).toBeNull();
  });

  it('finds a step its siblings no longer allow', () => {
    const steps = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-03'), stepOf.outcome('2026-11-03', 'failure'), stepOf.oral('2026-11-03'));
    expect(firstInconsistent(steps)).toMatchObject({ step: { kind: 'agreement' }, reason: '调解成功后才能登记调解协议' });
  });
});

describe('nextSteps', () => {
  const accepted = list(stepOf.accept('2026-11-02'));
  const succeeded = [...accepted, parse(stepOf.session('2026-11-03'), 2), parse(stepOf.outcome('2026-11-03'), 3)];

  it('puts what the page highlights first while mediating', () => {
    expect(kinds([])).toEqual(['accept', 'reject']);
    expect(kinds(accepted)).toEqual(['session', 'inquiry', 'outcome']);
    expect(nextSteps(accepted)[2]!.hint).toContain('终止调解');
    expect(kinds([...accepted, parse(stepOf.inquiry('2026-11-03'), 2)])).toEqual(['session', 'inquiry', 'outcome']);
    expect(kinds([...accepted, parse(stepOf.session('2026-11-03'), 2)])).toEqual(['outcome', 'session', 'inquiry']);
    expect(kinds(succeeded)).toEqual(['agreement']);
    expect(kinds(list(stepOf.reject('2026-11-02')))).toEqual([]);
    expect(kinds([...accepted, parse(stepOf.outcome('2026-11-03', 'terminated'), 2)])).toEqual([]);
  });

  it('after an agreement: 回访 first until there is one, 司法确认 only for a written agreement in effect and within the window', () => {
    const written = [...succeeded, parse(stepOf.written('2026-11-03'), 4)];
    expect(kinds(written)).toEqual(['followUp', 'performance', 'judicialConfirmation']);
    expect(kinds([...written, parse(stepOf.followUp('2026-11-20'), 5)])).toEqual(['performance', 'followUp', 'judicialConfirmation']);
    expect(nextSteps(written, '2026-12-03').map((n) => n.kind)).toContain('judicialConfirmation');
    expect(nextSteps(written, '2026-12-03').at(-1)!.hint).toContain('2026-12-03');
    expect(nextSteps(written, '2026-12-04').map((n) => n.kind)).toEqual(['followUp', 'performance']);
    expect(nextSteps(written, '2026-12-04', 60).map((n) => n.kind)).toContain('judicialConfirmation');
    expect(kinds([...succeeded, parse(stepOf.written('2026-11-03', null), 4)])).toEqual(['followUp', 'performance']);
    expect(kinds([...succeeded, parse(stepOf.oral('2026-11-03'), 4)])).toEqual(['followUp', 'performance']);
    expect(kinds([...written, parse(stepOf.confirmation('2026-11-21'), 5)])).toEqual(['followUp', 'performance']);
  });
});

describe('allowedKinds and inWorkflowOrder', () => {
  it('lists the kinds stepRefusal allows', () => {
    expect(allowedKinds([])).toEqual(['accept', 'reject']);
    expect(allowedKinds(list(stepOf.accept('2026-11-02')))).toEqual(['inquiry', 'session', 'outcome']);
    const succeeded = list(stepOf.accept('2026-11-02'), stepOf.session('2026-11-03'), stepOf.outcome('2026-11-03'));
    expect(allowedKinds(succeeded)).toEqual(['inquiry', 'session', 'agreement']);
    expect(allowedKinds(list(stepOf.reject('2026-11-02')))).toEqual([]);
  });

  it('orders same-day steps by the workflow, then id', () => {
    const steps = [
      parse(stepOf.outcome('2026-11-03'), 1),
      parse(stepOf.session('2026-11-03'), 2),
      parse(stepOf.accept('2026-11-02'), 3),
      parse(stepOf.session('2026-11-03'), 0),
    ];
    expect(inWorkflowOrder(steps).map((s) => [s.kind, s.id])).toEqual([
      ['accept', 3],
      ['session', 0],
      ['session', 2],
      ['outcome', 1],
    ]);
  });
});

/** Any step input a clerk might try, in any order. */
const anyStep = fc.oneof(
  fc.constant(stepOf.accept('2026-11-02')),
  fc.constant(stepOf.reject('2026-11-02')),
  fc.constant(stepOf.inquiry('2026-11-03')),
  fc.constant(stepOf.session('2026-11-04')),
  fc.constantFrom('success', 'failure', 'terminated').map((r) => stepOf.outcome('2026-11-05', r as 'success')),
  fc.constantFrom('2026-11-05', null).map((e) => stepOf.written('2026-11-05', e)),
  fc.constant(stepOf.oral('2026-11-05')),
  fc.constant(stepOf.performance('2026-11-10')),
  fc.constant(stepOf.followUp('2026-11-20')),
  fc.constant(stepOf.confirmation('2026-11-21')),
);

/** The steps a clerk ends up with when every attempt that stepRefusal refuses is turned away. */
function accepted(attempts: StepInput[]): StateStep[] {
  const steps: StateStep[] = [];
  for (const attempt of attempts) {
    const step = parse(attempt, steps.length + 1);
    if (stepRefusal(step, steps) === null) steps.push(step);
  }
  return steps;
}

describe('properties', () => {
  const sequences = fc.array(anyStep, { maxLength: 14 });

  it('never says concluded without an outcome or a 不予受理, and stays consistent', () => {
    fc.assert(
      fc.property(sequences, (attempts) => {
        const steps = accepted(attempts);
        const derived = deriveCaseState(steps);
        const ends = steps.some((s) => s.kind === 'outcome' || s.kind === 'reject');
        expect(derived.concludedOn !== null).toBe(ends);
        expect(derived.state === 'received').toBe(!steps.some((s) => s.kind === 'accept' || s.kind === 'reject'));
        expect(derived.agreementForm === null || derived.state === 'succeeded').toBe(true);
        expect(firstInconsistent(steps)).toBeNull();
      }),
    );
  });

  it('never offers a step that stepRefusal refuses', () => {
    fc.assert(
      fc.property(sequences, (attempts) => {
        const steps = accepted(attempts);
        for (const next of nextSteps(steps)) expect(stepRefusal(next.kind, steps)).toBeNull();
        const allowed = allowedKinds(steps);
        for (const next of nextSteps(steps)) expect(allowed).toContain(next.kind);
      }),
    );
  });

  it('allows a deletion only when what remains is consistent', () => {
    fc.assert(
      fc.property(sequences, fc.nat(), (attempts, pick) => {
        const steps = accepted(attempts);
        if (steps.length === 0) return;
        const step = steps[pick % steps.length]!;
        const rest = steps.filter((s) => s !== step);
        expect(deletionRefusal(step, steps) === null).toBe(firstInconsistent(rest) === null);
      }),
    );
  });
});
