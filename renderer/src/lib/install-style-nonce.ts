// Imported first by main.tsx, before any module that might write a <style>: see nonceEveryCreatedStyle.
import { nonceEveryCreatedStyle, pageStyleNonce } from './style-nonce';

const nonce = pageStyleNonce();
if (nonce) nonceEveryCreatedStyle(nonce);
