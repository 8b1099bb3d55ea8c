// Field shapes shared by the package's record schemas (records.ts, case-records.ts).
import { z } from 'zod';

export const id = z.int().positive();
export const text = z.string();
export const optText = z.string().nullable();
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const optDate = date.nullable();
export const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
export const optInstant = instant.nullable();
export const fen = z.int().nonnegative().nullable();
export const count = z.int().nonnegative();
export const stamps = { createdAt: instant, updatedAt: instant };
