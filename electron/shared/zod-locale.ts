// Zod's own messages in Simplified Chinese, for the rare input no field rule has a message for.
import { z } from 'zod';

z.config(z.locales.zhCN());
