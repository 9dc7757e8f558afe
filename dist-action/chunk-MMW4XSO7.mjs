import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  formatterNamed,
  formatters
} from "./chunk-FOL6XL3Q.mjs";
import "./chunk-WTJBNTPK.mjs";
import "./chunk-3J2VJ32E.mjs";
import "./chunk-QKXNSQ3U.mjs";
import "./chunk-EMAUB6HD.mjs";
export {
  formatterNamed,
  formatters
};
