// Moves one call to the core: through the Electron preload bridge, or over HTTP in web mode.
import { isApiError, type Result } from '@shared/errors';
import { ApiCallError } from './api-call-error';

export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === true ? 'value' in v : v.ok === false && isApiError(v.error);
}

function unreachable(message: string): ApiCallError {
  return new ApiCallError({ code: 'INTERNAL', message }, true);
}

const electronTransport =
  (bridge: LedgerBridge): Transport =>
  async (method, input) => {
    let answer: unknown;
    try {
      answer = await bridge.call(method, input);
    } catch {
      throw unreachable('与本机服务通信失败，请重启程序后再试');
    }
    if (!isResult(answer)) throw unreachable('本机服务返回了无法识别的结果');
    return answer;
  };

const webTransport: Transport = async (method, input) => {
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    throw unreachable('无法连接到本机服务，请确认台账服务正在运行');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isResult(body)) return body;
  if (response.status === 401) {
    throw new ApiCallError({ code: 'UNAUTHORIZED', message: '访问凭据已失效，请重新打开服务启动时显示的网址' });
  }
  throw unreachable(`本机服务返回了无法识别的响应（HTTP ${response.status}）`);
};

/** Electron when the preload bridge is present, otherwise the same-origin web server. */
export function pickTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.api : undefined;
  return bridge ? electronTransport(bridge) : webTransport;
}
