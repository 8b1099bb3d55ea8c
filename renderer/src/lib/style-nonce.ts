// The page's style nonce (see electron/shared/csp.ts), and giving it to every <style> the UI's code creates.

/** The nonce the page was served with; absent under the Vite dev server. */
export function pageStyleNonce(): string | undefined {
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  return nonce ? nonce : undefined;
}

/**
 * antd's CSS-in-JS takes the nonce from ConfigProvider, but some of its helpers (the scroll lock of
 * modals and drawers) write <style> elements without asking. Every <style> created by our scripts gets
 * the nonce; a <style> smuggled in as markup (innerHTML, a stray HTML string) does not, and the CSP
 * still blocks it — which is what the nonce is for.
 */
export function nonceEveryCreatedStyle(nonce: string): void {
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function createElement(
    this: Document,
    tagName: string,
    options?: ElementCreationOptions,
  ): HTMLElement {
    const element = create.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  } as typeof Document.prototype.createElement;
}
