import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  formatterNamed,
  formatters
} from "./chunk-V2Y2YUN2.mjs";
import "./chunk-3OVXTOWH.mjs";
import "./chunk-GM2FJWCH.mjs";
import "./chunk-3LWHR7PD.mjs";
import "./chunk-6ZH5U3WN.mjs";
import "./chunk-EMAUB6HD.mjs";
export {
  formatterNamed,
  formatters
};
